using System.Net;
using KnowledgeBase.Serve;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Serve;

public sealed class PreviewServerTests
{
    [Fact]
    public async Task Editing_an_article_while_serving_rebuilds_the_page()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);

        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("Small injections into the skin.", "Edited while serving."));

        await Preview.Eventually(async () => (await preview.Http.GetStringAsync("/articles/sample/", TestContext.Current.CancellationToken)).Contains("Edited while serving."));
    }

    [Fact]
    public async Task A_broken_edit_is_announced_to_open_pages_and_the_last_good_site_stays_served()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);
        using var events = new StreamReader(await preview.Http.GetStreamAsync(PreviewServer.LiveReloadPath, TestContext.Current.CancellationToken));

        site.Write("content/articles/sample.md", "---\ntitle: Broken\nsumary: typo\n---\n");

        var problems = await Preview.ReadUntilAsync(events, line => line.StartsWith("data: [\"content", StringComparison.Ordinal));
        problems.ShouldContain("content/articles/sample.md:3:1: error KB003");
        (await preview.Http.GetStringAsync("/articles/sample/", TestContext.Current.CancellationToken)).ShouldContain("What is a sample?");
    }

    [Fact]
    public async Task The_terminal_lists_the_problems_of_a_broken_edit_and_says_when_they_are_fixed()
    {
        using var site = new TestSite();
        var terminal = new StringWriter();
        await using var preview = await Preview.StartAsync(site, terminal: terminal);

        site.Write("content/articles/sample.md", TestSite.WithFrontMatter(TestSite.SampleArticle, "sumary: typo"));
        await Preview.Eventually(() => Task.FromResult(terminal.ToString().Contains("still serving the last good version")));
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("A few millimetres.", "Fixed."));
        await Preview.Eventually(() => Task.FromResult(terminal.ToString().Contains("Fixed: Rebuilt")));

        terminal.ToString().ShouldContain("content/articles/sample.md:2:1: error KB003: unknown field 'sumary' (did you mean summary?)");
        (await preview.Http.GetStringAsync("/articles/sample/", TestContext.Current.CancellationToken)).ShouldContain("Fixed.");
    }

    [Fact]
    public async Task An_edit_rewrites_only_the_files_that_changed_and_the_search_index_catches_up()
    {
        using var site = new TestSite();
        site.Write("content/articles/other.md", TestSite.SampleArticle.Replace("/articles/sample/", "/articles/other/"));
        await using var preview = await Preview.StartAsync(site);
        var otherPage = Path.Combine(site.Output, "articles/other/index.html");
        // The stylesheet is rendered again on every rebuild, but its bytes do not change, so it is not written again.
        var stylesheet = Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").ShouldHaveSingleItem();
        var index = Path.Combine(site.Output, "pagefind/pagefind-entry.json");
        var (otherWritten, stylesheetWritten, indexWritten) =
            (File.GetLastWriteTimeUtc(otherPage), File.GetLastWriteTimeUtc(stylesheet), File.GetLastWriteTimeUtc(index));

        // Words the site already has: a new word changes the search vocabulary, whose address every page names.
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("A few millimetres.", "A few millimetres into the skin."));

        await Preview.Eventually(async () => (await preview.Http.GetStringAsync("/articles/sample/", TestContext.Current.CancellationToken)).Contains("millimetres into the skin"));
        await Preview.Eventually(() => Task.FromResult(File.GetLastWriteTimeUtc(index) > indexWritten));
        File.GetLastWriteTimeUtc(otherPage).ShouldBe(otherWritten);
        File.GetLastWriteTimeUtc(stylesheet).ShouldBe(stylesheetWritten);
    }

    [Fact]
    public async Task Served_pages_load_the_live_reload_script_from_the_server()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);

        var html = await preview.Http.GetStringAsync("/", TestContext.Current.CancellationToken);

        html.ShouldContain($"<script src=\"{PreviewServer.LiveReloadScriptPath}\" defer></script>");
        (await preview.Http.GetStringAsync(PreviewServer.LiveReloadScriptPath, TestContext.Current.CancellationToken)).ShouldContain("EventSource");
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/articles/%2E%2E/%2E%2E/%2E%2E/site.yml")]
    [InlineData("/..%2fsite.yml")]
    public async Task Path_traversal_outside_the_output_folder_is_not_found(string path)
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);

        using var request = new HttpRequestMessage(HttpMethod.Get, preview.Http.BaseAddress + path.TrimStart('/'));
        var response = await preview.Http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("base_url");
    }
}

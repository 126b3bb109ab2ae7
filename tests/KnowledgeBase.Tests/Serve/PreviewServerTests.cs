using System.Net;
using KnowledgeBase.Render;
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
    public async Task Editing_the_interface_words_of_a_language_while_serving_rebuilds_its_pages()
    {
        using var site = new TestSite();
        site.AddSpanish();
        await using var preview = await Preview.StartAsync(site);

        site.Write("i18n/es.yml", site.ReadSource("i18n/es.yml").Replace("skip_link: Saltar al contenido principal", "skip_link: Ir al contenido", StringComparison.Ordinal));

        await Preview.Eventually(async () =>
            (await preview.Http.GetStringAsync("/es/articles/que-es-una-muestra/", TestContext.Current.CancellationToken)).Contains(">Ir al contenido</a>"));
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
    public async Task An_edit_the_disk_refuses_is_shown_over_open_pages_and_in_the_terminal_and_the_last_good_site_stays_served()
    {
        using var site = new TestSite();
        var terminal = new StringWriter();
        await using var preview = await Preview.StartAsync(site, terminal: terminal);
        using var events = new StreamReader(await preview.Http.GetStreamAsync(PreviewServer.LiveReloadPath, TestContext.Current.CancellationToken));

        // A file where the new article's folder would go.
        site.Write("_site/articles/in-the-way", "not a folder");
        site.Write("content/articles/in-the-way.md", TestSite.SampleArticle.Replace("What is a sample?", "A page in the way"));

        var problems = await Preview.ReadUntilAsync(events, line => line.Contains("KB100", StringComparison.Ordinal));
        problems.ShouldContain("_site:1:1: error KB100: could not bring the preview up to date; it still shows the last good build: ");
        await Preview.Eventually(() => Task.FromResult(terminal.ToString().Contains("error KB100")));
        (await preview.Http.GetStringAsync("/", TestContext.Current.CancellationToken)).ShouldNotContain("A page in the way", customMessage: "no page of the failed rebuild went live");
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

    [Fact]
    public async Task A_link_in_the_output_folder_to_a_file_outside_it_is_not_found()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);
        File.CreateSymbolicLink(Path.Combine(site.Output, "settings.txt"), Path.Combine(site.Root, "site.yml"));

        var response = await preview.Http.GetAsync("/settings.txt", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("base_url");
    }

    [Fact]
    public async Task A_missing_page_is_answered_with_the_sites_own_not_found_page_and_status_404()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);

        var response = await preview.Http.GetAsync("/articles/no-such-article/", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page.ShouldContain("Page not found");
        page.ShouldContain($"<script src=\"{PreviewServer.LiveReloadScriptPath}\" defer></script>");
    }

    [Fact]
    public async Task Pages_carry_the_sites_security_headers_and_only_embed_cards_may_be_framed()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);

        var page = await preview.Http.GetAsync("/articles/sample/", TestContext.Current.CancellationToken);
        var embed = await preview.Http.GetAsync("/embed/sample/", TestContext.Current.CancellationToken);

        page.Headers.GetValues("Content-Security-Policy").ShouldBe([SecurityHeaders.PolicyFor(frameable: false)]);
        embed.Headers.GetValues("Content-Security-Policy").ShouldBe([SecurityHeaders.PolicyFor(frameable: true)]);
        foreach (var (name, value) in SecurityHeaders.Common)
        {
            page.Headers.GetValues(name).ShouldBe([value]);
        }

        page.Headers.CacheControl!.NoCache.ShouldBeTrue();
    }

    [Fact]
    public async Task Fingerprinted_assets_are_served_with_their_type_and_may_be_cached_for_good()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);
        var stylesheet = Path.GetFileName(Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").ShouldHaveSingleItem());

        var response = await preview.Http.GetAsync($"/assets/{stylesheet}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        response.Headers.GetValues("Cache-Control").ShouldBe([HostHeadersFile.Immutable]);
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(await File.ReadAllBytesAsync(Path.Combine(site.Output, "assets", stylesheet), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_folder_asked_for_without_its_final_slash_is_redirected_to_it()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = preview.Http.BaseAddress };

        var response = await http.GetAsync("/articles/sample", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBeInRange(301, 302);
        response.Headers.Location!.OriginalString.ShouldEndWith("/articles/sample/");
    }
}

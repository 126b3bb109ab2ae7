using System.Net;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Publish;

/// <summary>
/// A GitHub Pages project site lives under a subpath: the real site built for that base URL and served only
/// under that path by a plain static server must answer every page, asset, feed and redirect it links to.
/// </summary>
public sealed class SubpathHostingTests
{
    private static readonly Uri Subpath = new("https://example.github.io/meso/");

    [Fact]
    public async Task Every_page_asset_feed_and_redirect_answers_when_served_from_a_subpath()
    {
        using var site = TestSite.WithRepositoryContent();
        site.Write("content/articles/what-is-mesotherapy.md",
            TestSite.WithFrontMatter(File.ReadAllText(Path.Combine(site.Root, "content/articles/what-is-mesotherapy.md")), "aliases: [/articles/mesotherapy-explained/]"));
        site.Build(Subpath).Succeeded.ShouldBeTrue();
        await using var server = await StaticSiteServer.StartAsync(site.Output, requestPath: "/meso");
        using var http = new HttpClient();

        var urls = LinkChecker.InternalUrls(site.Output, Subpath);
        var failures = new List<string>();
        foreach (var url in urls)
        {
            using var response = await http.GetAsync(server.BaseUrl + url.PathAndQuery, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{url.PathAndQuery}: {(int)response.StatusCode}");
            }
        }

        failures.ShouldBeEmpty();
        var paths = urls.Select(url => url.AbsolutePath).ToList();
        paths.ShouldContain("/meso/");
        paths.ShouldContain("/meso/feed.xml");
        paths.ShouldContain("/meso/articles/mesotherapy-explained/");
        paths.ShouldContain(path => path.StartsWith("/meso/assets/site.", StringComparison.Ordinal) && path.EndsWith(".css", StringComparison.Ordinal));
        (await http.GetAsync(server.BaseUrl + "/articles/what-is-mesotherapy/", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound,
            "the server answers only under the subpath, so a link that forgot the base path would have failed above");
    }
}

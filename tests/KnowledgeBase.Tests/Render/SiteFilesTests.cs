using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

public sealed class SiteFilesTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static TestSite SiteWithTwoArticles()
    {
        var site = new TestSite();
        site.Write("content/articles/newer.md", TestSite.SampleArticle
            .Replace("title: What is a sample?", "title: A newer article")
            .Replace("last_reviewed: 2026-11-01", "last_reviewed: 2026-11-20")
            .Replace("updated: 2026-11-01", "updated: 2026-11-10")
            .Replace("change: Added how deep the injections go.", "change: Added how deep the injections go.\n  - date: 2026-11-10\n    change: Said <how> the dose & depth are chosen."));
        site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nText.\n");
        site.Build(new Uri("https://example.github.io/meso/")).Succeeded.ShouldBeTrue();
        return site;
    }

    [Fact]
    public void Sitemap_has_the_elements_the_sitemap_schema_requires_with_lastmod_from_review_dates()
    {
        using var site = SiteWithTwoArticles();

        var root = XDocument.Parse(site.ReadOutput("sitemap.xml")).Root!;

        root.Name.ShouldBe(Sitemap + "urlset");
        var urls = root.Elements().ToList();
        urls.ShouldAllBe(url => url.Name == Sitemap + "url" && url.Elements(Sitemap + "loc").Count() == 1);
        urls.SelectMany(url => url.Elements()).Select(e => e.Name.LocalName).Distinct().ShouldBeSubsetOf(["loc", "lastmod", "changefreq", "priority"]);
        var entries = urls.ToDictionary(url => url.Element(Sitemap + "loc")!.Value, url => url.Element(Sitemap + "lastmod")?.Value);
        entries.Keys.ShouldBe(
        [
            "https://example.github.io/meso/",
            "https://example.github.io/meso/about/",
            "https://example.github.io/meso/articles/newer/",
            "https://example.github.io/meso/articles/sample/",
            "https://example.github.io/meso/evidence/",
            "https://example.github.io/meso/people/",
            "https://example.github.io/meso/search/",
            "https://example.github.io/meso/topics/",
            "https://example.github.io/meso/topics/basics/",
        ]);
        entries["https://example.github.io/meso/articles/sample/"].ShouldBe("2026-11-01");
        entries["https://example.github.io/meso/topics/basics/"].ShouldBe("2026-11-20");
        entries["https://example.github.io/meso/"].ShouldBe("2026-11-20");
        entries["https://example.github.io/meso/about/"].ShouldBeNull();
        entries["https://example.github.io/meso/evidence/"].ShouldBeNull("no article grades a use, so the evidence page has no review date");
    }

    [Fact]
    public void Atom_feed_has_the_elements_rfc_4287_requires_and_is_dated_by_the_latest_update()
    {
        using var site = SiteWithTwoArticles();

        var feed = XDocument.Parse(site.ReadOutput("feed.xml")).Root!;

        feed.Name.ShouldBe(Atom + "feed");
        feed.Element(Atom + "id")!.Value.ShouldBe("https://example.github.io/meso/");
        feed.Element(Atom + "title")!.Value.ShouldBe("Test Evidence");
        feed.Element(Atom + "updated")!.Value.ShouldBe("2026-11-10T00:00:00Z");
        feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value
            .ShouldBe("https://example.github.io/meso/feed.xml");
        feed.Elements(Atom + "author").Single().Element(Atom + "name")!.Value.ShouldNotBeEmpty();
        var entries = feed.Elements(Atom + "entry").ToList();
        entries.Select(e => e.Element(Atom + "title")!.Value).ShouldBe(["A newer article", "What is a sample?"]);
        foreach (var entry in entries)
        {
            Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute).ShouldBeTrue();
            DateTimeOffset.TryParseExact(entry.Element(Atom + "updated")!.Value, "yyyy-MM-dd'T'HH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                .ShouldBeTrue();
            entry.Elements(Atom + "link").ShouldContain(l => (string?)l.Attribute("rel") == "alternate");
            entry.Element(Atom + "summary")!.Value.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void Robots_txt_allows_crawling_and_names_the_sitemap()
    {
        using var site = SiteWithTwoArticles();

        site.ReadOutput("robots.txt").ShouldBe("User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/meso/sitemap.xml\n");
    }

    [Fact]
    public void Not_found_page_is_not_indexed_and_leads_home_and_to_every_article()
    {
        using var site = SiteWithTwoArticles();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("404.html"));

        page.QuerySelector("h1")!.TextContent.ShouldBe("Page not found");
        page.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
        page.QuerySelector("link[rel=canonical]").ShouldBeNull();
        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href"))
            .ShouldBe(["/meso/", "/meso/articles/newer/", "/meso/articles/sample/"]);
    }

    [Fact]
    public void Articles_api_gives_title_url_summary_dates_whether_a_clinician_reviewed_it_and_evidence_levels()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/sample.md", TestSite.WithFrontMatter(TestSite.SampleArticle,
            "uses:\n  - name: Pain\n    evidence: low\n    verdict: May help a little.\n    refs: []"));
        site.Build().Succeeded.ShouldBeTrue();

        using var json = JsonDocument.Parse(site.ReadOutput("api/articles.json"));

        var article = json.RootElement.GetProperty("articles").EnumerateArray().ShouldHaveSingleItem();
        article.GetProperty("title").GetString().ShouldBe("What is a sample?");
        article.GetProperty("url").GetString().ShouldBe("https://test.example/articles/sample/");
        article.GetProperty("summary").GetString().ShouldBe("A short article used by the tests.");
        article.GetProperty("published").GetString().ShouldBe("2026-10-01");
        article.GetProperty("updated").GetString().ShouldBe("2026-11-01");
        article.GetProperty("last_reviewed").GetString().ShouldBe("2026-11-01");
        article.GetProperty("sources_searched").GetString().ShouldBe("2026-10-15");
        article.GetProperty("clinician_reviewed").GetBoolean().ShouldBeFalse();
        var use = article.GetProperty("uses").EnumerateArray().ShouldHaveSingleItem();
        (use.GetProperty("name").GetString(), use.GetProperty("evidence").GetString()).ShouldBe(("Pain", "low"));
    }
}

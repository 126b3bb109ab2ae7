using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

public sealed class EmbedTests
{
    [Fact]
    public void Embed_page_is_a_small_standalone_card_with_a_link_back_and_the_review_date()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("embed/sample/index.html"));

        page.QuerySelector("h1")!.TextContent.ShouldStartWith("What is a sample?");
        page.QuerySelectorAll("header, footer, nav, script").ShouldBeEmpty();
        page.QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2026-11-01");
        page.QuerySelectorAll("a").ShouldAllBe(a => a.GetAttribute("href") == "https://test.example/articles/sample/" && a.GetAttribute("target") == "_blank");
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://test.example/articles/sample/");
        page.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
    }

    [Fact]
    public void Only_embed_pages_may_be_framed_according_to_the_headers_file()
    {
        using var site = new TestSite();
        site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nText.\n");
        site.Build(new Uri("https://example.github.io/meso/")).Succeeded.ShouldBeTrue();
        var denied = HeaderRulesSetting(site.ReadOutput("_headers"), "X-Frame-Options: DENY");

        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(file => "/meso/" + Path.GetRelativePath(site.Output, file).Replace('\\', '/').Replace("index.html", ""))
            .ToList();

        pages.Where(path => !path.StartsWith("/meso/embed/", StringComparison.Ordinal)).ShouldAllBe(path => denied.Any(rule => Matches(rule, path)));
        pages.Where(path => path.StartsWith("/meso/embed/", StringComparison.Ordinal)).ShouldNotBeEmpty();
        pages.Where(path => path.StartsWith("/meso/embed/", StringComparison.Ordinal)).ShouldAllBe(path => !denied.Any(rule => Matches(rule, path)));
    }

    [Fact]
    public void Link_panel_offers_the_permanent_address_a_card_snippet_and_an_embed_snippet()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("articles/sample/index.html"));
        var panel = page.GetElementById("link-to-this-page")!.Closest("section")!;

        panel.QuerySelector("input#link-address")!.GetAttribute("value").ShouldBe("https://test.example/articles/sample/");
        var card = new HtmlParser().ParseDocument(panel.QuerySelector("textarea#link-card")!.TextContent);
        card.QuerySelector("a")!.GetAttribute("href").ShouldBe("https://test.example/articles/sample/");
        card.QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2026-11-01");
        var embed = new HtmlParser().ParseDocument(panel.QuerySelector("textarea#link-embed")!.TextContent);
        embed.QuerySelector("iframe")!.GetAttribute("src").ShouldBe("https://test.example/embed/sample/");
        embed.QuerySelector("iframe")!.GetAttribute("title").ShouldNotBeNullOrEmpty();
        panel.QuerySelectorAll("label").Select(l => l.GetAttribute("for")).ShouldBe(["link-address", "link-card", "link-embed"]);
    }

    /// <summary>The path patterns of the rules in a _headers file that set <paramref name="header"/>.</summary>
    private static List<string> HeaderRulesSetting(string headersFile, string header)
    {
        var rules = new List<string>();
        string? current = null;
        foreach (var line in headersFile.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            if (!line.StartsWith(' '))
            {
                current = line;
            }
            else if (line.Trim() == header && current is not null)
            {
                rules.Add(current);
            }
        }

        return rules;
    }

    /// <summary>Netlify / Cloudflare Pages matching: a trailing * matches any rest of the path, otherwise exact.</summary>
    private static bool Matches(string rule, string path) =>
        rule.EndsWith('*') ? path.StartsWith(rule[..^1], StringComparison.Ordinal) : path == rule;
}

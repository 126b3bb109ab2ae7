using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

public sealed class ArticlePageTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument BuildSample(string article, Uri? baseUrl = null)
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/sample.md", article);
        site.Build(baseUrl).Succeeded.ShouldBeTrue();
        return new HtmlParser().ParseDocument(site.ReadOutput("articles/sample/index.html"));
    }

    [Fact]
    public void Article_has_one_h1_the_title_and_stable_heading_ids()
    {
        var page = BuildSample(TestSite.SampleArticle);

        page.QuerySelectorAll("h1").ShouldHaveSingleItem().TextContent.ShouldBe("What is a sample?");
        page.QuerySelectorAll(".article-body h2, .article-body h3").Select(h => h.Id).ShouldBe(["how-it-is-done", "depth"]);
    }

    [Fact]
    public void Explicit_heading_id_overrides_the_generated_one()
    {
        var page = BuildSample(TestSite.SampleArticle.Replace("## How it is done", "## How it is done {#method}"));

        page.QuerySelector(".article-body h2")!.Id.ShouldBe("method");
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text_not_executed()
    {
        var page = BuildSample(TestSite.SampleArticle + "\n<script>alert(1)</script>\n");

        page.QuerySelectorAll("main script").ShouldBeEmpty();
        page.QuerySelector(".article-body")!.TextContent.ShouldContain("<script>alert(1)</script>");
    }

    [Fact]
    public void Html_in_front_matter_is_escaped()
    {
        var page = BuildSample(TestSite.SampleArticle.Replace("title: What is a sample?", "title: \"<b>Bold</b> claims\""));

        page.QuerySelector("h1")!.InnerHtml.ShouldBe("&lt;b&gt;Bold&lt;/b&gt; claims");
    }

    [Fact]
    public void Publication_dates_and_source_check_dates_are_shown_near_the_title_in_plain_words()
    {
        var page = BuildSample(TestSite.SampleArticle);

        var rows = page.QuerySelectorAll(".review-info div").ToDictionary(row => row.QuerySelector("dt")!.TextContent, row => row.QuerySelector("dd")!);
        rows["First published"].QuerySelector("time")!.OuterHtml.ShouldBe("<time datetime=\"2026-10-01\">1 October 2026</time>");
        rows["Last updated"].QuerySelector("time")!.OuterHtml.ShouldBe("<time datetime=\"2026-11-01\">1 November 2026</time>");
        rows["Sources last checked"].QuerySelector("time")!.OuterHtml.ShouldBe("<time datetime=\"2026-11-01\">1 November 2026</time>");
        rows["Next check due"].QuerySelector("time")!.OuterHtml.ShouldBe("<time datetime=\"2027-11-01\">1 November 2027</time>");
        rows["Sources searched up to"].QuerySelector("time")!.OuterHtml.ShouldBe("<time datetime=\"2026-10-15\">15 October 2026</time>");
    }

    [Fact]
    public void Links_and_assets_follow_a_subpath_base_url()
    {
        var page = BuildSample(TestSite.SampleArticle, new Uri("https://example.github.io/meso/"));

        page.QuerySelector(".article-body a")!.GetAttribute("href").ShouldBe("/meso/articles/sample/");
        page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!.ShouldStartWith("/meso/assets/site.");
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.github.io/meso/articles/sample/");
    }

    [Fact]
    public void Page_carries_a_strict_content_security_policy_without_inline_script_or_style()
    {
        var page = BuildSample(TestSite.SampleArticle);

        var policy = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        policy.ShouldContain("script-src 'self' 'wasm-unsafe-eval'");
        policy.ShouldNotContain("unsafe-inline");
        page.QuerySelectorAll("script:not([type='application/ld+json'])").ShouldAllBe(s => s.HasAttribute("src"));
        page.QuerySelectorAll("style, [style]").ShouldBeEmpty();
    }
}

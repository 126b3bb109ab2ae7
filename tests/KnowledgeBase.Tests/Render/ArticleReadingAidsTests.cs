using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>What surrounds an article's text: key points, "On this page", breadcrumbs, review dates, reading time and where to go next.</summary>
[Collection(ReadingSiteCollection.Name)]
public sealed class ArticleReadingAidsTests(ReadingSite site)
{
    [Fact]
    public void The_site_builds_without_any_diagnostic()
    {
        site.Result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Key_points_are_the_front_matter_bullets_rendered_as_inline_markdown_before_the_body()
    {
        var page = site.Page("/articles/fat/");

        var box = page.QuerySelector("section.key-points")!;
        box.QuerySelector("h2")!.TextContent.ShouldBe("Key points");
        var points = box.QuerySelectorAll("li").ToList();
        points.Count.ShouldBe(3);
        points[0].QuerySelector("p").ShouldBeNull();
        points[0].QuerySelector("em a.glossary-term")!.TextContent.ShouldBe("dermis");
        points[1].QuerySelector("a[href='/articles/cost/']")!.TextContent.ShouldBe("the costs");
        points[2].TextContent.ShouldContain("has not approved it for fat");
        box.CompareDocumentPosition(page.QuerySelector(".article-body")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following).ShouldBeTrue();
    }

    [Fact]
    public void An_article_without_key_points_has_no_key_points_box()
    {
        site.Page("/articles/hair/").QuerySelector(".key-points").ShouldBeNull();
    }

    [Fact]
    public void On_this_page_lists_the_evidence_blocks_then_h2_sections_with_their_h3s_then_the_sections_the_page_adds()
    {
        var contents = site.Page("/articles/fat/").QuerySelector("nav.contents")!;

        contents.GetAttribute("aria-labelledby").ShouldBe("on-this-page");
        contents.QuerySelectorAll(":scope > ol > li > a").Select(a => (a.TextContent, a.GetAttribute("href")))
            .ShouldBe(
            [
                ("How strong the evidence is for each use", "#evidence-by-use"),
                ("How it is done", "#how-it-is-done"), ("Placebo in a heading", "#placebo-in-a-heading"),
                ("References", "#references"), ("Related articles", "#related-articles"), ("Link to this page", "#link-to-this-page"),
            ]);
        contents.QuerySelectorAll(":scope > ol > li:nth-child(2) > ol > li > a").Select(a => (a.TextContent, a.GetAttribute("href")))
            .ShouldBe([("Depth", "#depth")]);
    }

    [Fact]
    public void Every_link_on_this_page_names_an_element_of_the_page()
    {
        var page = site.Page("/articles/fat/");

        page.QuerySelectorAll("nav.contents a").Select(a => a.GetAttribute("href")!.Substring(1))
            .ShouldAllBe(id => page.GetElementById(id) != null);
    }

    [Fact]
    public void Breadcrumbs_lead_from_home_through_the_main_topic_to_the_article()
    {
        var crumbs = site.Page("/articles/fat/").QuerySelector("nav.breadcrumbs[aria-label=Breadcrumb]")!;

        crumbs.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ShouldBe([("Home", "/"), ("Fat and body shape", "/topics/fat/")]);
        crumbs.QuerySelector("[aria-current=page]")!.TextContent.ShouldBe("Does it remove fat?");
    }

    [Fact]
    public void Author_and_dates_come_first_under_the_title()
    {
        var info = site.Page("/articles/fat/").QuerySelector("header.article-header dl.review-info")!;

        info.QuerySelectorAll("dt").Select(dt => dt.TextContent).ShouldBe(
            ["Written by", "First published", "Last updated", "Sources last checked", "Next check due", "Sources searched up to", "Reading time"]);
        info.QuerySelectorAll("time").Select(time => time.GetAttribute("datetime")).ShouldBe(["2026-10-01", "2026-11-01", "2026-11-20", "2027-11-20", "2026-10-15"]);
    }

    [Theory]
    [InlineData("/articles/chin/", "About 3 minutes")]
    [InlineData("/articles/hair/", "About 1 minute")]
    public void Reading_time_is_the_words_at_200_a_minute_rounded_up(string path, string expected)
    {
        var info = site.Page(path).QuerySelector("dl.review-info")!;

        info.QuerySelectorAll("div").Single(row => row.QuerySelector("dt")!.TextContent == "Reading time").QuerySelector("dd")!.TextContent.ShouldBe(expected);
    }

    [Fact]
    public void Related_articles_are_those_sharing_most_tags_and_sources()
    {
        var related = site.Page("/articles/fat/").QuerySelector("section.related")!;

        related.QuerySelector("h2")!.Id.ShouldBe("related-articles");
        related.QuerySelectorAll("li > a").Select(a => a.GetAttribute("href")).ShouldBe(["/articles/cost/", "/articles/chin/", "/articles/safety/"]);
        related.QuerySelectorAll("li > p").First().TextContent.ShouldBe("What it costs.");
    }

    [Fact]
    public void An_article_sharing_nothing_with_others_has_no_related_articles_and_no_entry_for_them()
    {
        var page = site.Page("/articles/hair/");

        page.QuerySelector("section.related").ShouldBeNull();
        page.QuerySelectorAll("nav.contents a").Select(a => a.TextContent).ShouldNotContain("Related articles");
    }

    [Fact]
    public void Previous_and_next_follow_the_articles_of_the_main_topic()
    {
        var pager = site.Page("/articles/fat/").QuerySelector("nav.topic-pager")!;

        pager.GetAttribute("aria-label").ShouldBe("More about Fat and body shape");
        pager.QuerySelector("a[rel=prev]")!.GetAttribute("href").ShouldBe("/articles/cost/");
        pager.QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe("/articles/chin/");
        site.Page("/articles/cost/").QuerySelector("nav.topic-pager a[rel=prev]").ShouldBeNull();
        site.Page("/articles/chin/").QuerySelector("nav.topic-pager a[rel=next]").ShouldBeNull();
    }

    [Fact]
    public void An_article_alone_in_its_main_topic_has_no_previous_or_next()
    {
        site.Page("/articles/hair/").QuerySelector("nav.topic-pager").ShouldBeNull();
    }

    [Fact]
    public void Every_tag_of_an_article_links_to_its_topic_page()
    {
        site.Page("/articles/fat/").QuerySelectorAll(".article-topics a").Select(a => (a.TextContent, a.GetAttribute("href")))
            .ShouldBe([("Fat and body shape", "/topics/fat/"), ("Safety", "/topics/safety/")]);
    }

    [Fact]
    public void Navigation_around_the_article_is_left_out_of_the_search_index()
    {
        var page = site.Page("/articles/fat/");

        page.QuerySelector("nav.contents")!.HasAttribute("data-pagefind-ignore").ShouldBeTrue();
        page.QuerySelector("footer.article-footer")!.HasAttribute("data-pagefind-ignore").ShouldBeTrue();
    }
}

using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

public sealed class HeadingAnchorTests
{
    private static IHtmlDocument BuildSample(string article)
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/sample.md", article);
        site.Build().Succeeded.ShouldBeTrue();
        return new HtmlParser().ParseDocument(site.ReadOutput("articles/sample/index.html"));
    }

    [Fact]
    public void Every_h2_and_h3_is_followed_by_a_plain_link_to_its_own_id()
    {
        var page = BuildSample(TestSite.SampleArticle);

        var headings = page.QuerySelectorAll("main h2, main h3").ToList();
        headings.Count.ShouldBe(4); // the body's two, "What changed" and "Link to this page"
        headings.ShouldAllBe(heading => heading.NextElementSibling!.GetAttribute("href") == "#" + heading.Id);
        page.QuerySelector(".article-body a[href='#depth']")!.TextContent.ShouldContain("Link to the section Depth");
    }

    [Fact]
    public void A_section_keeps_its_id_when_an_earlier_heading_is_added_or_renamed()
    {
        var before = BuildSample(TestSite.SampleArticle).QuerySelectorAll(".article-body h2, .article-body h3").Select(h => h.Id).ToList();

        var after = BuildSample(TestSite.SampleArticle
                .Replace("## How it is done", "## Before you start\n\nRead this.\n\n## How it is usually done {#how-it-is-done}"))
            .QuerySelectorAll(".article-body h2, .article-body h3").Select(h => h.Id).ToList();

        before.ShouldBe(["how-it-is-done", "depth"]);
        after.ShouldBe(["before-you-start", "how-it-is-done", "depth"]);
    }

    [Fact]
    public void Copy_buttons_are_not_in_the_html_but_added_by_an_external_script()
    {
        var page = BuildSample(TestSite.SampleArticle);

        page.QuerySelectorAll("main button").ShouldBeEmpty();
        page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ShouldContain(src => src!.Contains("/assets/copy-link."));
    }

    [Fact]
    public void Two_headings_with_the_same_id_are_an_error_at_the_second_suggesting_an_explicit_id()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/sample.md", TestSite.SampleArticle + "\n\n## How it is done\n");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.DuplicateHeadingId);
        error.Location.ShouldBe(new SourceLocation("content/articles/sample.md", 28, 1));
        error.Message.ShouldContain("{#how-it-is-done-2}");
    }

    [Fact]
    public void A_heading_that_would_take_an_id_the_page_uses_is_an_error()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/sample.md", TestSite.SampleArticle + "\n\n## Link to this page\n");

        site.Check().Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCode.DuplicateHeadingId);
    }
}

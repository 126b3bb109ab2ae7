using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Validate;

public sealed class ContentLinkValidationTests
{
    private static IReadOnlyList<Diagnostic> CheckPage(string body, string? draft = null)
    {
        using var site = new TestSite();
        site.Write("content/pages/about.md", $"---\ntitle: About\nsummary: Who we are.\n---\n{body}\n");
        if (draft is not null)
        {
            site.Write("content/articles/draft.md", TestSite.WithFrontMatter(TestSite.SampleArticle, "draft: true").Replace("[itself](/articles/sample/)", draft));
        }

        return site.Check().Diagnostics;
    }

    [Fact]
    public void A_link_to_a_missing_page_suggests_the_nearest_page()
    {
        var error = CheckPage("Read [the sample](/articles/sampel/).").ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.BrokenLink);
        error.Location.ShouldBe(new SourceLocation("content/pages/about.md", 5, 6));
        error.Message.ShouldContain("did you mean /articles/sample/?");
    }

    [Fact]
    public void A_link_to_a_missing_section_suggests_the_nearest_heading_id()
    {
        var error = CheckPage("Read [how](/articles/sample/#how-its-done).").ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.BrokenSectionLink);
        error.Message.ShouldContain("did you mean how-it-is-done?");
    }

    [Fact]
    public void A_link_to_a_section_of_the_same_page_is_checked_against_that_page()
    {
        var error = CheckPage("## Contact us\n\n[Write to us](#contact) or [read on](#contact-us).").ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.BrokenSectionLink);
        error.Message.ShouldContain("this page has no section with the id 'contact'");
    }

    [Fact]
    public void Relative_links_and_folders_without_their_trailing_slash_resolve_like_a_browser()
    {
        CheckPage("[up](../articles/sample/#depth), [no slash](/articles/sample), [search](/search/?q=fat)").ShouldBeEmpty();
    }

    [Fact]
    public void Links_to_other_sites_and_email_addresses_are_not_checked()
    {
        CheckPage("[FDA](https://www.fda.gov/nowhere/) and [mail](mailto:editors@example.org)").ShouldBeEmpty();
    }

    [Fact]
    public void A_link_to_a_draft_says_the_draft_must_be_published_first()
    {
        var error = CheckPage("[soon](/articles/draft/)", draft: "[nowhere](/nowhere/)").ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.BrokenLink);
        error.Message.ShouldContain("content/articles/draft.md is still a draft");
    }

    [Fact]
    public void An_image_without_a_text_alternative_is_an_error_at_the_image()
    {
        var diagnostics = CheckPage("Text.\n\n![ ](/assets/icon.svg)");

        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCode.ImageWithoutAlt);
        error.Location.ShouldBe(new SourceLocation("content/pages/about.md", 7, 1));
    }
}

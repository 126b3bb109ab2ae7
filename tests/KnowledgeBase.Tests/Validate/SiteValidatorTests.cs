using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Validate;

public sealed class SiteValidatorTests
{
    [Fact]
    public void Two_articles_with_the_same_slug_are_an_error_at_the_second()
    {
        using var site = new TestSite();
        site.Write("content/articles/second.md", TestSite.SampleArticle.Replace("tags: [basics]", "slug: sample"));

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.DuplicateSlug);
        error.Location.ShouldBe(new SourceLocation("content/articles/second.md", 4, 7));
        error.Message.ShouldContain("content/articles/sample.md");
    }

    [Fact]
    public void An_alias_that_collides_with_an_article_url_is_an_error()
    {
        using var site = new TestSite();
        site.Write("content/articles/other.md", TestSite.SampleArticle.Replace("tags: [basics]", "aliases: [/articles/sample/]"));

        site.Check().Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCode.DuplicateSlug);
    }

    [Fact]
    public void Overdue_review_is_a_warning_that_does_not_stop_the_build()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/old.md", TestSite.SampleArticle.Replace("last_reviewed: 2026-11-01", "last_reviewed: 2024-11-01").Replace("next_review: 2027-11-01", "next_review: 2025-11-01").Replace("/articles/sample/", "/articles/old/"));

        var result = site.Build();

        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Code.ShouldBe(DiagnosticCode.ReviewOverdue);
        result.Succeeded.ShouldBeTrue();
        site.ReadOutput("articles/old/index.html").ShouldContain("Check overdue");
    }

    [Fact]
    public void Next_review_before_last_review_is_an_error()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/odd.md", TestSite.SampleArticle.Replace("2027-11-01", "2026-10-01"));

        site.Check().Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCode.ReviewDatesOutOfOrder);
    }
}

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Validate;

/// <summary>
/// Who wrote and reviewed an article, its dates, its "What changed" list and the site's repository address: each
/// mistake is reported at the file, line and column where it is written.
/// </summary>
public sealed class AuthorshipAndDatesValidationTests
{
    private const string Sample = "content/articles/sample.md";

    /// <summary>The sample article's "What changed" list, for tests about the other dates.</summary>
    private const string Changes = "changes:\n  - date: 2026-10-01\n    change: First published.\n  - date: 2026-11-01\n    change: Added how deep the injections go.\n";

    private static Diagnostic SingleError(string article)
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write(Sample, article);
        return site.Check().Diagnostics.ShouldHaveSingleItem();
    }

    private static string Sampled(string from, string to)
    {
        TestSite.SampleArticle.ShouldContain(from);
        return TestSite.SampleArticle.Replace(from, to);
    }

    [Fact]
    public void An_author_written_as_a_name_instead_of_an_id_is_an_error_that_suggests_the_id()
    {
        var error = SingleError(Sampled("authors: [editorial-team]", "authors: [Editorial team]"));

        error.Code.ShouldBe(DiagnosticCode.UnknownPerson);
        error.Location.ShouldBe(new SourceLocation(Sample, 5, 11));
        error.Message.ShouldContain("(did you mean editorial-team?)");
    }

    [Fact]
    public void An_unknown_reviewer_is_an_error_at_its_id()
    {
        var error = SingleError(Sampled("reviewed_by: []", "reviewed_by: [test-clinician, medical-reviewer]"));

        error.Code.ShouldBe(DiagnosticCode.UnknownPerson);
        error.Location.ShouldBe(new SourceLocation(Sample, 6, 31));
    }

    [Fact]
    public void A_reviewer_who_is_not_a_clinician_is_an_error_that_points_to_last_reviewed()
    {
        var error = SingleError(Sampled("reviewed_by: []", "reviewed_by: [editorial-team]"));

        error.Code.ShouldBe(DiagnosticCode.ReviewerNotClinician);
        error.Location.ShouldBe(new SourceLocation(Sample, 6, 15));
        error.Message.ShouldContain("last_reviewed");
    }

    [Fact]
    public void A_clinician_as_reviewer_passes()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write(Sample, Sampled("reviewed_by: []", "reviewed_by: [test-clinician]"));

        site.Check().Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void An_article_without_authors_is_an_error_that_says_what_to_write()
    {
        var error = SingleError(Sampled("authors: [editorial-team]", "authors: []"));

        error.Code.ShouldBe(DiagnosticCode.MissingField);
        error.Location.ShouldBe(new SourceLocation(Sample, 5, 10));
        error.Message.ShouldContain("[editorial-team]");
    }

    [Theory]
    [InlineData("published: 2026-10-01\n", "'published'")]
    [InlineData("updated: 2026-11-01\n", "'updated'")]
    [InlineData("sources_searched: 2026-10-15\n", "'sources_searched'")]
    public void A_missing_date_is_an_error_that_names_it(string line, string field)
    {
        var error = SingleError(Sampled(line, ""));

        error.Code.ShouldBe(DiagnosticCode.MissingField);
        error.Location.ShouldBe(new SourceLocation(Sample, 2, 1));
        error.Message.ShouldContain(field);
    }

    [Theory]
    [InlineData("published: 2026-10-01", "published: 2026-02-30", 9, 12)]
    [InlineData("sources_searched: 2026-10-15", "sources_searched: 15 October 2026", 11, 19)]
    [InlineData("  - date: 2026-10-01", "  - date: 2026-10-32", 13, 11)]
    public void A_date_that_is_not_a_real_date_is_an_error_at_its_value(string from, string to, int line, int column)
    {
        var error = SingleError(Sampled(from, to));

        error.Code.ShouldBe(DiagnosticCode.InvalidDate);
        error.Location.ShouldBe(new SourceLocation(Sample, line, column));
    }

    [Fact]
    public void Updated_before_published_is_an_error_at_updated()
    {
        var error = SingleError(Sampled("published: 2026-10-01", "published: 2026-11-02").Replace(Changes, ""));

        error.Code.ShouldBe(DiagnosticCode.DatesOutOfOrder);
        error.Location.ShouldBe(new SourceLocation(Sample, 10, 10));
        error.Message.ShouldContain("updated (2026-11-01) is before published (2026-11-02)");
    }

    [Fact]
    public void A_change_dated_after_the_last_update_is_an_error_that_says_to_move_updated()
    {
        var error = SingleError(Sampled("  - date: 2026-11-01", "  - date: 2026-11-05"));

        error.Code.ShouldBe(DiagnosticCode.DatesOutOfOrder);
        error.Location.ShouldBe(new SourceLocation(Sample, 15, 11));
        error.Message.ShouldContain("set 'updated' to the day of the latest change");
    }

    [Fact]
    public void A_change_dated_before_first_publication_is_an_error_at_its_date()
    {
        var error = SingleError(Sampled("  - date: 2026-10-01", "  - date: 2026-09-30"));

        error.Code.ShouldBe(DiagnosticCode.DatesOutOfOrder);
        error.Location.ShouldBe(new SourceLocation(Sample, 13, 11));
    }

    [Fact]
    public void A_change_without_text_is_an_error_at_the_empty_value()
    {
        var error = SingleError(Sampled("change: First published.", "change: "));

        error.Code.ShouldBe(DiagnosticCode.MissingField);
        error.Location.ShouldBe(new SourceLocation(Sample, 14, 12));
    }

    [Fact]
    public void A_misspelt_key_in_a_change_is_an_error_that_suggests_the_right_one()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write(Sample, Sampled("    change: First published.", "    chnage: First published."));

        var unknown = site.Check().Diagnostics.Single(d => d.Code == DiagnosticCode.UnknownField);

        unknown.Location.ShouldBe(new SourceLocation(Sample, 14, 5));
        unknown.Message.ShouldContain("did you mean change?");
    }

    [Theory]
    [InlineData("github.com/example/meso")]
    [InlineData("ftp://example.org/meso")]
    public void A_repository_that_is_not_an_http_address_is_an_error_at_its_value(string repository)
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.SiteYml + $"\nrepository: {repository}\n");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidValue);
        error.Location.ShouldBe(new SourceLocation("site.yml", 8, 13));
        error.Message.ShouldContain("https://github.com/owner/name");
    }

    [Fact]
    public void A_clinician_without_credentials_is_an_error_at_the_clinician_line()
    {
        using var site = new TestSite();
        site.Write("content/people.yml", TestSite.PeopleYml.Replace("  credentials: MD, test dermatologist\n", ""));

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.MissingField);
        error.Location.ShouldBe(new SourceLocation("content/people.yml", 13, 14));
    }
}

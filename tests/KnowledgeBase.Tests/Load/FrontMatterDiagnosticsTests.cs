using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Load;

public sealed class FrontMatterDiagnosticsTests
{
    private static IReadOnlyList<Diagnostic> CheckArticle(string text)
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/broken.md", text);
        return site.Check().Diagnostics;
    }

    private static string Article(string fields) => $"""
        ---
        title: A title
        summary: A summary.
        last_reviewed: 2026-11-01
        next_review: 2027-11-01
        {fields}
        authors: [editorial-team]
        published: 2026-10-01
        updated: 2026-11-01
        sources_searched: 2026-10-15
        ---
        Body.
        """;

    [Fact]
    public void Broken_yaml_reports_the_line_and_column_of_the_mistake()
    {
        var diagnostics = CheckArticle("---\ntitle: A title\nsummary: a: b\n---\nBody.\n");

        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCode.InvalidYaml);
        error.Location.ShouldBe(new SourceLocation("content/articles/broken.md", 3, 11));
        error.ToString().ShouldStartWith("content/articles/broken.md:3:11: error KB002: ");
    }

    [Fact]
    public void Unknown_key_is_an_error_at_the_key_with_the_nearest_known_key_suggested()
    {
        var diagnostics = CheckArticle(Article("tagz: [fat]"));

        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCode.UnknownField);
        error.Location.ShouldBe(new SourceLocation("content/articles/broken.md", 6, 1));
        error.Message.ShouldContain("did you mean tags?");
    }

    [Fact]
    public void Missing_required_field_names_the_field()
    {
        var diagnostics = CheckArticle("---\ntitle: A title\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\n---\nBody.\n");

        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCode.MissingField);
        error.Message.ShouldContain("'summary'");
        error.Location.Line.ShouldBe(2);
    }

    [Fact]
    public void Impossible_date_is_reported_at_its_value()
    {
        var diagnostics = CheckArticle("---\ntitle: A title\nsummary: S.\nlast_reviewed: 2026-02-30\nnext_review: 2027-11-01\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\n---\nBody.\n");

        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCode.InvalidDate);
        error.Location.ShouldBe(new SourceLocation("content/articles/broken.md", 4, 16));
    }

    [Fact]
    public void A_bracket_never_closed_is_broken_yaml_at_the_bracket()
    {
        var diagnostics = CheckArticle("---\ntitle: [A title\nsummary: S.\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\n---\nBody.\n");

        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCode.InvalidYaml);
        error.Location.ShouldBe(new SourceLocation("content/articles/broken.md", 2, 8));
        error.Message.ShouldContain("never closed");
    }

    [Fact]
    public void Front_matter_without_a_closing_fence_is_reported()
    {
        var diagnostics = CheckArticle("---\ntitle: A title\nsummary: S.\n\nBody without a fence.\n");

        diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCode.MissingFrontMatter);
    }

    [Fact]
    public void Empty_file_is_reported_as_missing_front_matter()
    {
        var diagnostics = CheckArticle("");

        diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCode.MissingFrontMatter);
    }

    [Fact]
    public void Yaml_alias_bomb_is_refused_without_expanding_it()
    {
        var bomb = "---\ntitle: &a [x, x, x, x, x, x, x, x, x]\nsummary: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
                   "tags: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\nBody.\n";

        var diagnostics = CheckArticle(bomb);

        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCode.YamlAliasNotAllowed);
        error.Location.Line.ShouldBe(2);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_together_in_file_order()
    {
        var diagnostics = CheckArticle("---\ntitle: A title\nsumary: S.\nlast_reviewed: 2026-13-01\nnext_review: 2027-11-01\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\n---\nBody.\n");

        diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCode.MissingField, DiagnosticCode.UnknownField, DiagnosticCode.InvalidDate]);
        diagnostics.Select(d => d.Location.Line).ShouldBe([2, 3, 4]);
    }
}

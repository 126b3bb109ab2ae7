using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Citations;

public sealed class CitationDiagnosticsTests
{
    private static IReadOnlyList<Diagnostic> Check(Action<TestSite> change)
    {
        using var site = new TestSite(withSampleArticle: false);
        CitationSample.WriteTo(site);
        change(site);
        return site.Check().Diagnostics;
    }

    private static string ArticleWithBody(string body) =>
        "---\ntitle: Cites\nsummary: Cites things.\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\n---\nFirst line.\n\n" + body + "\n";

    [Fact]
    public void Unknown_citation_key_reports_file_line_column_and_the_closest_keys()
    {
        var diagnostics = Check(site => site.Write("content/articles/typo.md", ArticleWithBody("A claim [@park2009].")));

        diagnostics.ShouldHaveSingleItem().ToString().ShouldBe(
            "content/articles/typo.md:13:10: error KB001: no source has the key 'park2009' (there is no content/references/park2009.md) (did you mean park2008?)");
    }

    [Fact]
    public void Unknown_key_in_a_group_with_a_locator_points_at_that_key()
    {
        var diagnostics = Check(site => site.Write("content/articles/typo.md", ArticleWithBody("Both [@park2008; @eldomyati2021, p. 4].")));

        var error = diagnostics.ShouldHaveSingleItem();
        error.Location.ShouldBe(new SourceLocation("content/articles/typo.md", 13, 18));
        error.Message.ShouldContain("did you mean eldomyati2012?");
    }

    [Fact]
    public void Unknown_key_in_a_key_point_is_reported_where_it_is_written_and_once_in_a_block()
    {
        var diagnostics = Check(site => site.Write("content/articles/typo.md", """
            ---
            title: Cites
            summary: Cites things.
            last_reviewed: 2026-11-01
            next_review: 2027-11-01
            authors: [editorial-team]
            published: 2026-10-01
            updated: 2026-11-01
            sources_searched: 2026-10-15
            key_points:
              - A point [@devjani2032].
            studies:
              - ref: park2080
                question: Q?
                design: D
                participants: P
                duration: D
                finding: F
            ---
            Body.
            """));

        // The single key point also draws the warning that articles should have three to five (KB075).
        diagnostics.Where(d => d.Code != DiagnosticCode.KeyPointCount).Select(d => (d.Code.Id, d.Location.Line)).ShouldBe([("KB001", 11), ("KB034", 13)]);
    }

    [Fact]
    public void Citing_a_source_marked_do_not_cite_is_an_error_at_the_citation()
    {
        var diagnostics = Check(site =>
        {
            site.Write("content/references/caruso2008.md", "---\ntype: journal-article\ntitle: Not found\nverification: partial\nunverified: No record was found.\ncitation_status: do-not-cite\n---\nNot found.\n");
            site.Write("content/articles/bad.md", ArticleWithBody("A claim [@caruso2008]."));
        });

        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.Id.ShouldBe("KB020");
        error.Severity.ShouldBe(Severity.Error);
        error.Location.ShouldBe(new SourceLocation("content/articles/bad.md", 13, 10));
    }

    [Fact]
    public void A_source_no_article_cites_is_a_warning_on_its_file()
    {
        var diagnostics = Check(site => site.Write("content/references/unused2020.md", CitationSample.Fda));

        var warning = diagnostics.ShouldHaveSingleItem();
        warning.ToString().ShouldStartWith("content/references/unused2020.md:1:1: warning KB021:");
    }

    [Fact]
    public void Malformed_doi_is_an_error_at_the_field_with_the_doi_found_in_it()
    {
        var diagnostics = Check(site => site.Write("content/references/park2008.md",
            CitationSample.Park.Replace("doi: 10.1097/01.prs.0000304611.71480.0a", "doi: https://doi.org/10.1097/01.prs.0000304611.71480.0a")));

        var error = diagnostics.ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("content/references/park2008.md:11:6: error KB022:");
        error.Message.ShouldEndWith("(did you mean 10.1097/01.prs.0000304611.71480.0a?)");
    }

    [Fact]
    public void Malformed_pmid_and_pmcid_are_errors_at_their_fields()
    {
        var diagnostics = Check(site =>
        {
            site.Write("content/references/park2008.md", CitationSample.Park.Replace("pmid: \"18349597\"", "pmid: \"PMID 18349597\""));
            site.Write("content/references/devjani2023.md", CitationSample.Devjani.Replace("pmcid: PMC10173235", "pmcid: 10173235"));
        });

        diagnostics.Select(d => d.ToString()[..d.ToString().IndexOf(':', d.ToString().IndexOf("error", StringComparison.Ordinal))])
            .ShouldBe(["content/references/devjani2023.md:11:8: error KB023", "content/references/park2008.md:12:7: error KB023"]);
        diagnostics[1].Message.ShouldEndWith("(did you mean 18349597?)");
    }

    [Fact]
    public void A_bracket_that_opens_like_a_citation_but_cannot_be_read_is_an_error()
    {
        var diagnostics = Check(site => site.Write("content/articles/bad.md", ArticleWithBody("Wrong [@park2008 p. 4] and right [@park2008].")));

        diagnostics.ShouldHaveSingleItem().ToString().ShouldStartWith("content/articles/bad.md:13:7: error KB024:");
    }

    [Fact]
    public void A_citation_in_a_standing_page_is_an_error()
    {
        var diagnostics = Check(site => site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Us.\n---\nWe cite [@park2008].\n"));

        diagnostics.ShouldHaveSingleItem().ToString().ShouldStartWith("content/pages/about.md:5:10: error KB025:");
    }

    [Fact]
    public void A_partly_verified_source_must_say_what_was_not_checked()
    {
        var diagnostics = Check(site => site.Write("content/references/devjani2023.md",
            CitationSample.Devjani.Replace("unverified: The exact title of this review was not seen, so it is not shown.\n", "")));

        diagnostics.ShouldHaveSingleItem().Code.Id.ShouldBe("KB026");
    }

    [Fact]
    public void The_real_content_cites_only_known_citable_sources_and_every_source_is_cited()
    {
        using var site = TestSite.WithRepositoryContent();

        site.Check().Diagnostics.Where(d => d.Code.Id == "KB001" || d.Code.Id.StartsWith("KB02", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Validate;

/// <summary>Mistakes in the uses, costs, comparison, studies, regulatory and session blocks, each reported where it is written.</summary>
public sealed class StructuredBlockValidationTests
{
    private const string ArticlePath = "content/articles/blocks.md";

    /// <summary>Checks an article whose front matter ends with <paramref name="blocks"/>, which start on line 6.</summary>
    private static IReadOnlyList<Diagnostic> Check(string blocks)
    {
        using var site = new TestSite(withSampleArticle: false);
        foreach (var key in new[] { "park2008", "sivagnanam2010" })
        {
            site.Write($"content/references/{key}.md", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", "references", key + ".md")));
        }

        site.Write(ArticlePath, $"---\ntitle: A title\nsummary: A summary.\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\n{blocks}\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\n---\n## Body\n\nText.\n");
        // An article that does not use both references would leave one uncited (KB021); that is not what these tests are about.
        return site.Check().Diagnostics.Where(d => d.Code != DiagnosticCode.UncitedReference).ToList();
    }

    private static Diagnostic SingleError(string blocks, DiagnosticCode code, int line, int column)
    {
        var error = Check(blocks).ShouldHaveSingleItem();
        error.Code.ShouldBe(code);
        error.Severity.ShouldBe(Severity.Error);
        error.Location.ShouldBe(new SourceLocation(ArticlePath, line, column));
        return error;
    }

    private const string ValidCost = "costs:\n  - item: Session\n    currency: USD\n    min: 200\n    max: 600\n    per: session\n    year: 2010\n    ref: sivagnanam2010";

    [Fact]
    public void Every_block_written_as_the_content_guide_shows_passes()
    {
        Check("""
            uses:
              - name: Fat on the thighs
                evidence: very-low
                verdict: No more fat loss than the untreated thigh.
                refs: [park2008]
            costs:
              - item: Session
                currency: EUR
                min: 150.50
                max: 150.50
                per: session
                year: 2010
                ref: sivagnanam2010
            comparison:
              with: Liposuction
              rows:
                - aspect: Cost
                  this: Less per visit
                  other: More
                  refs: [sivagnanam2010]
            studies:
              - ref: park2008
                question: Do injections reduce thigh fat?
                design: Split-body controlled study
                participants: 20 women
                duration: 12 weeks
                finding: No difference.
            regulatory:
              - region: United States
                regulator: FDA
                treatment: Kybella
                status: mixed
                date: 2015-04
                summary: Approved for one use only.
                refs: [park2008]
              - region: France
                regulator: Government of France
                treatment: Injection lipolysis
                status: banned
                summary: Banned.
                refs: [park2008]
            """).ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_key_in_a_use_is_reported_at_the_key_with_the_nearest_field()
    {
        var error = SingleError("uses:\n  - name: Fat\n    evidence: low\n    verdict: Unclear.\n    refz: [park2008]",
            DiagnosticCode.UnknownBlockField, line: 10, column: 5);

        error.Message.ShouldContain("did you mean refs?");
    }

    [Theory]
    [InlineData(ValidCost + "\n    note: Older figure", 14, 5)]
    [InlineData("comparison:\n  with: Liposuction\n  caption: Side by side\n  rows:\n    - aspect: Cost\n      this: Less\n      other: More\n      refs: []", 8, 3)]
    [InlineData("studies:\n  - ref: park2008\n    question: Q?\n    design: D\n    participants: P\n    duration: D\n    finding: F\n    year: 2008", 13, 5)]
    public void Unknown_key_in_a_price_the_comparison_or_a_study_is_reported_at_the_key(string blocks, int line, int column)
    {
        var error = SingleError(blocks, DiagnosticCode.UnknownBlockField, line, column);

        error.Message.ShouldContain("unknown field");
    }

    [Fact]
    public void Unknown_key_in_a_comparison_row_is_reported_at_the_key()
    {
        var errors = Check("comparison:\n  with: Liposuction\n  rows:\n    - aspect: Cost\n      this: Less\n      other: More\n      refz: []");

        var unknown = errors.Where(error => error.Code == DiagnosticCode.UnknownBlockField).ShouldHaveSingleItem();
        unknown.Location.ShouldBe(new SourceLocation(ArticlePath, 12, 7));
        unknown.Message.ShouldContain("did you mean refs?");
    }

    [Fact]
    public void Comparison_row_that_does_not_say_what_its_sources_are_is_reported_at_the_row()
    {
        var error = SingleError("comparison:\n  with: Liposuction\n  rows:\n    - aspect: Cost\n      this: Less\n      other: More",
            DiagnosticCode.MissingField, line: 9, column: 7);

        error.Message.ShouldContain("'refs'");
        error.Message.ShouldContain("refs: []");
    }

    [Fact]
    public void Comparison_row_may_say_that_no_checked_source_covers_it()
    {
        Check("comparison:\n  with: Liposuction\n  rows:\n    - aspect: Recovery\n      this: No checked source found\n      other: No checked source found\n      refs: []")
            .ShouldBeEmpty();
    }

    /// <summary>One approval-status entry, starting on line 7; <paramref name="extra"/> is added as its last lines, from line 13.</summary>
    private static string Decision(string status = "approved", string extra = "") =>
        $"regulatory:\n  - region: United States\n    regulator: FDA\n    status: {status}\n    summary: Approved.\n    refs: [park2008]\n    treatment: Kybella{extra}";

    [Fact]
    public void Unknown_key_in_an_approval_status_entry_is_reported_at_the_key_with_the_nearest_field()
    {
        var error = SingleError(Decision(extra: "\n    dated: 2015"), DiagnosticCode.UnknownBlockField, line: 13, column: 5);

        error.Message.ShouldContain("did you mean date?");
    }

    [Fact]
    public void Approval_status_written_as_one_status_instead_of_a_list_of_regulators_is_an_error()
    {
        var error = SingleError("regulatory:\n  status: approved\n  summary: Approved.\n  refs: [park2008]", DiagnosticCode.InvalidValue, line: 7, column: 3);

        error.Message.ShouldContain("a list of entries");
    }

    [Theory]
    [InlineData("region")]
    [InlineData("regulator")]
    [InlineData("treatment")]
    [InlineData("status")]
    [InlineData("summary")]
    public void Approval_status_entry_without_a_required_field_is_reported_at_the_entry(string field)
    {
        var lines = Decision().Split('\n').Where(line => !line.TrimStart(' ', '-').StartsWith(field + ":", StringComparison.Ordinal));
        var entry = string.Join('\n', lines).Replace("regulatory:\n    ", "regulatory:\n  - ");

        var error = SingleError(entry, DiagnosticCode.MissingField, line: 7, column: 5);

        error.Message.ShouldContain($"'{field}'");
    }

    [Fact]
    public void Approval_status_entry_without_sources_is_reported_at_its_empty_list()
    {
        var error = SingleError(Decision().Replace("refs: [park2008]", "refs: []"), DiagnosticCode.MissingField, line: 11, column: 11);

        error.Message.ShouldContain("'refs' is empty");
    }

    [Theory]
    [InlineData("2015-13")]
    [InlineData("2015-02-30")]
    [InlineData("15-04-29")]
    [InlineData("April 2015")]
    public void Decision_date_that_is_not_a_day_month_or_year_is_reported_at_its_value(string date)
    {
        var error = SingleError(Decision(extra: $"\n    date: {date}"), DiagnosticCode.InvalidDate, line: 13, column: 11);

        error.Message.ShouldContain("YYYY-MM-DD, YYYY-MM or YYYY");
    }

    [Fact]
    public void Decision_date_in_the_future_is_reported_at_its_value()
    {
        var error = SingleError(Decision(extra: "\n    date: 2027-01"), DiagnosticCode.DecisionDateInFuture, line: 13, column: 11);

        error.Message.ShouldContain("2027-01");
    }

    [Fact]
    public void Unknown_evidence_level_is_reported_at_its_value_with_the_valid_spelling()
    {
        var error = SingleError("uses:\n  - name: Fat\n    evidence: verylow\n    verdict: Unclear.", DiagnosticCode.UnknownEvidenceLevel, line: 8, column: 15);

        error.Message.ShouldContain("did you mean very-low?");
        error.Message.ShouldContain("high, moderate, low, very-low, none");
    }

    [Fact]
    public void Unknown_regulatory_status_is_reported_at_its_value_with_the_nearest_status()
    {
        var error = SingleError(Decision(status: "aproved"), DiagnosticCode.UnknownRegulatoryStatus, line: 9, column: 13);

        error.Message.ShouldContain("approved, not-approved, off-label, mixed, banned, warned");
        error.Message.ShouldContain("did you mean approved?");
    }

    [Fact]
    public void Price_range_with_min_above_max_is_reported_at_max()
    {
        var error = SingleError(ValidCost.Replace("min: 200", "min: 700"), DiagnosticCode.PriceRangeReversed, line: 10, column: 10);

        error.Message.ShouldContain("'max' (600) is less than 'min' (700)");
    }

    [Fact]
    public void Negative_price_is_reported_at_min()
    {
        SingleError(ValidCost.Replace("min: 200", "min: -5"), DiagnosticCode.PriceRangeReversed, line: 9, column: 10);
    }

    [Fact]
    public void Unknown_currency_code_is_reported_at_its_value_with_the_closest_code()
    {
        var error = SingleError(ValidCost.Replace("currency: USD", "currency: USS"), DiagnosticCode.UnknownCurrency, line: 8, column: 15);

        error.Message.ShouldContain("ISO 4217");
        error.Message.ShouldContain("USD");
    }

    [Fact]
    public void Currency_code_in_lower_case_suggests_the_upper_case_code()
    {
        var error = SingleError(ValidCost.Replace("currency: USD", "currency: gbp"), DiagnosticCode.UnknownCurrency, line: 8, column: 15);

        error.Message.ShouldEndWith("(did you mean GBP?)");
    }

    [Fact]
    public void Currency_symbol_instead_of_a_code_is_an_error()
    {
        SingleError(ValidCost.Replace("currency: USD", "currency: $"), DiagnosticCode.UnknownCurrency, line: 8, column: 15);
    }

    [Fact]
    public void Price_year_in_the_future_is_reported_at_the_year()
    {
        SingleError(ValidCost.Replace("year: 2010", "year: 2031"), DiagnosticCode.PriceYearOutOfRange, line: 12, column: 11);
    }

    [Fact]
    public void Unknown_reference_key_in_a_use_is_reported_at_the_key_with_a_suggestion()
    {
        var error = SingleError("uses:\n  - name: Fat\n    evidence: low\n    verdict: Unclear.\n    refs: [park2008, park2009]",
            DiagnosticCode.UnknownBlockReference, line: 10, column: 22);

        error.Message.ShouldContain("'park2009'");
        error.Message.ShouldContain("did you mean park2008?");
    }

    [Fact]
    public void Unknown_reference_key_in_every_block_is_reported_at_each_key()
    {
        var diagnostics = Check("""
            uses:
              - name: Fat
                evidence: low
                verdict: Unclear.
                refs: [nosuch1]
            costs:
              - item: Session
                currency: USD
                min: 1
                max: 2
                per: session
                year: 2010
                ref: nosuch2
            comparison:
              with: Liposuction
              rows:
                - aspect: Cost
                  this: Less
                  other: More
                  refs: [nosuch3]
            studies:
              - ref: nosuch4
                question: Q?
                design: D
                participants: P
                duration: D
                finding: F.
            regulatory:
              - region: United States
                regulator: FDA
                status: approved
                summary: S.
                refs: [nosuch5]
                treatment: T
            """);

        diagnostics.ShouldAllBe(d => d.Code == DiagnosticCode.UnknownBlockReference);
        diagnostics.Select(d => (d.Location.Line, d.Location.Column)).ShouldBe([(10, 12), (18, 10), (25, 14), (27, 10), (38, 12)]);
    }

    [Fact]
    public void Two_uses_with_the_same_name_are_reported_at_the_second()
    {
        var error = SingleError("uses:\n  - name: Fat loss\n    evidence: low\n    verdict: A.\n  - name: Fat Loss\n    evidence: none\n    verdict: B.",
            DiagnosticCode.DuplicateUseName, line: 10, column: 11);

        error.Message.ShouldContain("line 7");
    }

    [Fact]
    public void Heading_that_takes_the_id_of_a_block_section_is_an_error()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write(ArticlePath, "---\ntitle: T\nsummary: S.\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\nuses:\n  - name: Fat\n    evidence: low\n    verdict: V.\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\n---\n## Evidence by use\n");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.DuplicateHeadingId);
        error.Location.ShouldBe(new SourceLocation(ArticlePath, 15, 1));
    }

    [Fact]
    public void Missing_field_in_a_study_card_is_reported_at_the_card()
    {
        var error = SingleError("studies:\n  - ref: park2008\n    question: Q?\n    design: D\n    participants: P\n    duration: D",
            DiagnosticCode.MissingField, line: 7, column: 5);

        error.Message.ShouldContain("'finding'");
    }

    [Fact]
    public void Block_errors_are_printed_as_file_line_column_with_their_code()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write(ArticlePath, "---\ntitle: T\nsummary: S.\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\n" + ValidCost.Replace("USD", "XYZ") + "\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\n---\nBody.\n");

        var (exitCode, output) = site.Run("check");

        exitCode.ShouldBe(1);
        output.ShouldContain($"{ArticlePath}:8:15: error KB033: ");
    }

    /// <summary>Every part of a session, one said with its source and the others not known; the first entry is on lines 8 and 9.</summary>
    private const string ValidSession = """
        session:
          before:
            - says: Studies have used many different mixes.
              refs: [park2008]
          shots:
            - not_known: How deep the shots go.
          numbing:
            - not_known: Whether a numbing cream is used first.
          how_long:
            - not_known: How long one session lasts.
          how_many:
            - not_known: How many sessions a course takes.
          aftercare:
            - not_known: Aftercare advice.
          results_last:
            - not_known: How long results last.
        """;

    [Fact]
    public void Session_with_every_part_said_or_not_known_passes()
    {
        Check(ValidSession).ShouldBeEmpty();
    }

    [Fact]
    public void Session_sentence_without_sources_is_reported_at_its_entry()
    {
        var error = SingleError(ValidSession.Replace("      refs: [park2008]\n", ""), DiagnosticCode.MissingField, line: 8, column: 7);

        error.Message.ShouldContain("'refs'");
    }

    [Fact]
    public void Session_sentence_with_an_empty_list_of_sources_is_reported_at_the_list()
    {
        var error = SingleError(ValidSession.Replace("refs: [park2008]", "refs: []"), DiagnosticCode.MissingField, line: 9, column: 13);

        error.Message.ShouldContain("'refs' is empty");
        error.Message.ShouldContain("not_known");
    }

    [Fact]
    public void Session_source_that_does_not_exist_is_reported_at_its_key_with_the_nearest_key()
    {
        var error = SingleError(ValidSession.Replace("refs: [park2008]", "refs: [park2009]"), DiagnosticCode.UnknownBlockReference, line: 9, column: 14);

        error.Message.ShouldContain("did you mean park2008?");
    }

    [Fact]
    public void Unknown_key_in_a_session_entry_is_reported_at_the_key_with_the_nearest_field()
    {
        var errors = Check(ValidSession.Replace("refs: [park2008]", "refz: [park2008]"));

        var unknown = errors.Where(error => error.Code == DiagnosticCode.UnknownBlockField).ShouldHaveSingleItem();
        unknown.Location.ShouldBe(new SourceLocation(ArticlePath, 9, 7));
        unknown.Message.ShouldContain("did you mean refs?");
    }

    [Fact]
    public void Session_part_left_out_is_reported_at_the_session_saying_how_to_write_what_is_not_known()
    {
        var error = SingleError(ValidSession.Replace("  how_long:\n    - not_known: How long one session lasts.\n", ""), DiagnosticCode.MissingField, line: 7, column: 3);

        error.Message.ShouldContain("'how_long'");
        error.Message.ShouldContain("not_known");
    }
}

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validate.Readability;
using Shouldly;

namespace KnowledgeBase.Tests.Validate;

public sealed class ReadabilityTests
{
    /// <summary>Long words in long sentences, over 100 words: far above any sensible limit.</summary>
    private static readonly string HardBody = "Short one.\n\n" + string.Concat(Enumerable.Repeat(
        "Intradermal administration of pharmacologically heterogeneous compounded formulations necessitates comprehensive consideration of contraindications, potential complications, and regulatory authorisation. ", 6))
        + "Intradermal administration of pharmacologically heterogeneous compounded formulations, whatever the indication, necessitates comprehensive consideration of contraindications.\n";

    private static ReadingLevel LevelOf(string markdown) =>
        ReadingLevel.Of(ProseReader.Sentences(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Create()), bodyFirstLine: 1));

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("water", 2)]
    [InlineData("mesotherapy", 5)]
    [InlineData("injection", 3)]
    [InlineData("used", 1)]
    [InlineData("treated", 2)]
    [InlineData("makes", 1)]
    [InlineData("doses", 2)]
    [InlineData("simple", 2)]
    [InlineData("fat-dissolving", 4)]
    [InlineData("2008", 1)]
    public void Syllables_are_estimated_from_spelling(string word, int syllables)
    {
        SyllableCounter.Count(word).ShouldBe(syllables);
    }

    [Fact]
    public void Grade_follows_the_Flesch_Kincaid_formula()
    {
        // 9 words of one syllable in 2 sentences: 0.39 * 4.5 + 11.8 * 1 - 15.59 = -2.035.
        var level = LevelOf("The cat sat on the mat. The dog ran.");

        level.Words.ShouldBe(9);
        level.Sentences.ShouldBe(2);
        level.Syllables.ShouldBe(9);
        level.WordsPerSentence.ShouldBe(4.5);
        level.Grade.ShouldBe(-2.035, tolerance: 0.0001);
    }

    [Fact]
    public void Headings_tables_code_images_and_citation_markers_are_not_prose()
    {
        var level = LevelOf("""
            ## A heading with several more words

            The shots did not help [@park2008; @salti2008, p. 181]. See ![a long picture description](/x.png) `some code here`.

            | column one | column two |
            |---|---|
            | many words in a cell | more words |
            """);

        level.Words.ShouldBe(6); // "The shots did not help" and "See"
        level.Sentences.ShouldBe(2);
    }

    [Fact]
    public void The_longest_sentence_is_placed_on_the_line_where_its_first_word_is_inside_a_wrapped_paragraph()
    {
        var level = LevelOf("""
            Short one here.
            Next *is* the longest sentence of them all [@park2008],
            with emphasis and a citation. Tiny.

            Another short one.
            """);

        level.Sentences.ShouldBe(4);
        level.LongestSentence.ShouldBe(new Sentence(2, 13, level.LongestSentence!.Syllables));
    }

    [Fact]
    public void Abbreviations_do_not_end_a_sentence_but_a_list_item_does()
    {
        var level = LevelOf("""
            Ask a specialist, e.g. a dermatologist. Dr. Smith agrees.

            - no full stop here
            - nor here
            """);

        level.Sentences.ShouldBe(4);
    }

    [Fact]
    public void An_article_above_the_limit_is_a_warning_at_its_longest_sentence()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/hard.md", TestSite.SampleArticle.Split("---\n")[1].Insert(0, "---\n") + "---\n" + HardBody);

        var result = site.Check();

        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe(DiagnosticCode.HardToRead);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Location.ShouldBe(new SourceLocation("content/articles/hard.md", 20, 1));
        warning.Message.ShouldContain("above the limit of 8");
        result.Readability.Articles.ShouldHaveSingleItem().Level.Grade.ShouldBeGreaterThan(8);
    }

    [Fact]
    public void A_second_check_of_unchanged_files_reports_the_same_readability_warnings_and_levels_as_the_first()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/hard.md", TestSite.SampleArticle.Split("---\n")[1].Insert(0, "---\n") + "---\n" + HardBody);
        site.Write("content/articles/sample.md", TestSite.SampleArticle);
        var longSentence = string.Concat(Enumerable.Repeat("la administración intradérmica de medicamentos heterogéneos ", 20)).Trim() + ".";
        site.AddSpanish(TestSite.SpanishSampleArticle.Replace("Unos milímetros.", longSentence));

        var (_, first) = site.Run("check");
        var (_, second) = site.Run("check");

        File.Exists(Path.Combine(site.Root, ".cache", "files", "reading-levels.bin")).ShouldBeTrue("the first check keeps the levels it measured");
        first.ShouldContain("content/articles/hard.md:20:1: warning KB053: the article reads at grade");
        first.ShouldContain("content/articles/sample.es.md:18:1: warning KB053: the translation scores");
        second.ShouldBe(first);
    }

    [Fact]
    public void An_article_made_easier_is_measured_again_and_no_longer_warned_about()
    {
        using var site = new TestSite(withSampleArticle: false);
        var frontMatter = TestSite.SampleArticle.Split("---\n")[1].Insert(0, "---\n") + "---\n";
        site.Write("content/articles/hard.md", frontMatter + HardBody);
        site.Check().Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCode.HardToRead);

        site.Write("content/articles/hard.md", frontMatter + string.Concat(Enumerable.Repeat("The cat sat on the mat. ", 30)));
        var result = site.Check();

        result.Diagnostics.ShouldBeEmpty();
        result.Readability.Articles.ShouldHaveSingleItem().Level.Grade.ShouldBeLessThan(8);
    }

    [Fact]
    public void A_short_text_is_measured_but_not_warned_about()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/short.md", TestSite.SampleArticle.Split("---\n")[1].Insert(0, "---\n") + "---\nIntradermal pharmacological administration.\n");

        var result = site.Check();

        result.Diagnostics.ShouldBeEmpty();
        result.Readability.Articles.ShouldHaveSingleItem().Level.Grade.ShouldBeGreaterThan(8);
    }

    [Fact]
    public void Site_yml_can_raise_the_limit()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("site.yml", TestSite.SiteYml + "\nmax_reading_grade: 40\n");
        site.Write("content/articles/hard.md", TestSite.SampleArticle.Split("---\n")[1].Insert(0, "---\n") + "---\n" + HardBody);

        var result = site.Check();

        result.Diagnostics.ShouldBeEmpty();
        result.Readability.MaxGrade.ShouldBe(40);
    }

    [Fact]
    public void A_limit_that_is_not_a_school_grade_is_an_error_at_its_value()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.SiteYml + "\nmax_reading_grade: 0\n");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidValue);
        error.Location.ShouldBe(new SourceLocation("site.yml", 8, 20));
    }
}

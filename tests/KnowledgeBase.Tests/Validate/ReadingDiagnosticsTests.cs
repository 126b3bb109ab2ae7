using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Validate;

/// <summary>What `check` says about the glossary, home-page questions, topics and key points (KB070-KB077).</summary>
public sealed class ReadingDiagnosticsTests
{
    private const string Glossary = """
        - term: Placebo
          definition: A dummy treatment.
          synonyms: [dummy shot]
        """;

    /// <summary>The one problem, besides the warning that a definition names no source, which only its own test is about.</summary>
    private static Diagnostic SingleDiagnostic(TestSite site) =>
        site.Check().Diagnostics.Where(d => d.Code != DiagnosticCode.UncitedGlossaryDefinition).ShouldHaveSingleItem();

    /// <summary>The sample article with key points (or other fields) that cite park2008, which the site then holds.</summary>
    private static void WriteSampleWith(TestSite site, string frontMatterLines)
    {
        site.AddRepositoryReferences("park2008");
        site.Write("content/articles/sample.md", TestSite.WithFrontMatter(TestSite.SampleArticle, frontMatterLines));
    }

    [Fact]
    public void A_glossary_that_is_not_a_list_of_terms_is_an_error()
    {
        using var site = new TestSite();
        site.Write("content/glossary.yml", "term: Placebo\ndefinition: A dummy treatment.\n");

        var error = SingleDiagnostic(site);

        error.Code.ShouldBe(DiagnosticCode.InvalidGlossary);
        error.Location.ShouldBe(new SourceLocation("content/glossary.yml", 1, 1));
    }

    [Fact]
    public void A_word_defined_by_two_terms_is_an_error_where_it_is_written_the_second_time()
    {
        using var site = new TestSite();
        site.Write("content/articles/sample.md", TestSite.SampleArticle + "\nA placebo, or dummy shot.\n");
        site.Write("content/glossary.yml", Glossary + "\n- term: Sham\n  definition: A fake procedure.\n  synonyms: [sham procedure, Dummy Shot]\n");

        var diagnostics = site.Check().Diagnostics;

        var error = diagnostics.Single(d => d.Severity == Severity.Error);
        error.Code.ShouldBe(DiagnosticCode.GlossaryNameInTwoTerms);
        error.Location.ShouldBe(new SourceLocation("content/glossary.yml", 6, 30));
        error.Message.ShouldContain("'Placebo' on line 1");
    }

    [Fact]
    public void A_term_no_article_uses_is_a_warning_at_the_term()
    {
        using var site = new TestSite();
        site.Write("content/glossary.yml", Glossary);

        var warning = SingleDiagnostic(site);

        warning.Code.ShouldBe(DiagnosticCode.UnusedGlossaryTerm);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Location.ShouldBe(new SourceLocation("content/glossary.yml", 1, 3));
        warning.Message.ShouldContain("'Placebo'");
    }

    [Fact]
    public void A_link_to_a_glossary_term_that_does_not_exist_is_a_missing_section_with_the_nearest_term()
    {
        using var site = new TestSite();
        site.Write("content/glossary.yml", Glossary);
        site.Write("content/articles/sample.md", TestSite.SampleArticle + "\nSee [placebos](/glossary/#placebos) and [the term](/glossary/#placebo).\n");

        var error = SingleDiagnostic(site);

        error.Code.ShouldBe(DiagnosticCode.BrokenSectionLink);
        error.Location.ShouldBe(new SourceLocation("content/articles/sample.md", 27, 5));
        error.Message.ShouldContain("did you mean placebo?");
    }

    [Fact]
    public void A_glossary_source_that_does_not_exist_is_an_error_at_its_key_with_a_suggestion()
    {
        using var site = new TestSite();
        site.AddRepositoryReferences("park2008");
        site.Write("content/articles/sample.md", TestSite.SampleArticle + "\nA placebo was used [@park2008].\n");
        site.Write("content/glossary.yml", Glossary + "\n  refs: [park2008, park2009]\n");

        var error = SingleDiagnostic(site);

        error.Code.ShouldBe(DiagnosticCode.UnknownCitationKey);
        error.Location.ShouldBe(new SourceLocation("content/glossary.yml", 4, 20));
        error.Message.ShouldContain("did you mean park2008?");
    }

    [Fact]
    public void A_glossary_definition_that_names_no_source_is_a_warning_at_the_term()
    {
        using var site = new TestSite();
        site.AddRepositoryReferences("park2008");
        site.Write("content/articles/sample.md", TestSite.SampleArticle + "\nA placebo was used [@park2008].\n");
        site.Write("content/glossary.yml", Glossary + "\n- term: Dermis\n  definition: The middle layer of skin.\n  refs: [park2008]\n");

        var warning = site.Check().Diagnostics.Where(d => d.Code != DiagnosticCode.UnusedGlossaryTerm).ShouldHaveSingleItem();

        warning.Code.ShouldBe(DiagnosticCode.UncitedGlossaryDefinition);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Location.ShouldBe(new SourceLocation("content/glossary.yml", 1, 3));
        warning.Message.ShouldContain("'Placebo'");
    }

    [Theory]
    [InlineData("/articles/smaple/#depth", "did you mean sample?")]
    [InlineData("/articles/sample/#dept", "did you mean depth?")]
    [InlineData("/fat/", "write the address of an article's section")]
    public void A_question_whose_answer_is_not_a_section_of_a_published_article_is_an_error(string answer, string hint)
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.SiteYml + $"\nquestions:\n  - question: Is it deep?\n    answer: {answer}\n");

        var error = SingleDiagnostic(site);

        error.Code.ShouldBe(DiagnosticCode.UnknownQuestionAnswer);
        error.Location.ShouldBe(new SourceLocation("site.yml", 10, 13));
        error.Message.ShouldContain(hint);
    }

    [Fact]
    public void A_tag_one_typo_away_from_a_listed_topic_is_a_warning_at_the_tag()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.SiteYml + "\ntopics:\n  - tag: cellulite\n    title: Cellulite\n");
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("tags: [basics]", "tags: [basics, celulite]"));

        var warning = SingleDiagnostic(site);

        warning.Code.ShouldBe(DiagnosticCode.UndescribedTopic);
        warning.Location.ShouldBe(new SourceLocation("content/articles/sample.md", 4, 16));
        warning.Message.ShouldContain("did you mean cellulite?");
    }

    [Fact]
    public void Fewer_than_three_key_points_is_a_warning()
    {
        using var site = new TestSite();
        WriteSampleWith(site, "key_points:\n  - One point [@park2008].\n  - Two points [@park2008].");

        var warning = SingleDiagnostic(site);

        warning.Code.ShouldBe(DiagnosticCode.KeyPointCount);
        warning.Location.ShouldBe(new SourceLocation("content/articles/sample.md", 3, 5));
    }

    [Fact]
    public void A_key_point_without_a_citation_is_an_error_at_the_point()
    {
        using var site = new TestSite();
        WriteSampleWith(site, "key_points:\n  - One [@park2008].\n  - Two, with no source.\n  - Three [@park2008, p. 2].");

        var error = SingleDiagnostic(site);

        error.Code.ShouldBe(DiagnosticCode.UncitedKeyPoint);
        error.Location.ShouldBe(new SourceLocation("content/articles/sample.md", 4, 5));
    }

    [Fact]
    public void A_key_point_of_more_than_35_words_is_a_warning()
    {
        using var site = new TestSite();
        var longPoint = string.Join(' ', Enumerable.Repeat("word", 36)) + " [@park2008].";
        WriteSampleWith(site, $"key_points:\n  - One [@park2008].\n  - {longPoint}\n  - Three [@park2008].");

        var warning = SingleDiagnostic(site);

        warning.Code.ShouldBe(DiagnosticCode.LongKeyPoint);
        warning.Message.ShouldContain("36 words");
    }

    [Theory]
    [InlineData("## Key points")]
    [InlineData("## On this page")]
    [InlineData("## Related articles")]
    [InlineData("## Tip {#glossary-tip-placebo}")]
    public void A_heading_may_not_take_an_id_the_article_page_uses_itself(string heading)
    {
        using var site = new TestSite();
        site.Write("content/articles/sample.md", TestSite.SampleArticle + $"\n{heading}\n\nText.\n");

        SingleDiagnostic(site).Code.ShouldBe(DiagnosticCode.DuplicateHeadingId);
    }
}

using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Load;

/// <summary>
/// Articles read from the facts a previous build kept of their Markdown (.cache/files/markdown-facts.bin and
/// glossary-uses.bin) instead of parsed again: what a reader sees and what a check reports are those of a fresh build.
/// </summary>
public sealed class StoredMarkdownFactsTests
{
    private static string Stored(TestSite site, string file) => Path.Combine(site.Root, ".cache", "files", file);

    private static string SampleBody(TestSite site) => site.ReadSource("content/articles/sample.md");

    [Fact]
    public void A_second_check_with_stored_facts_prints_the_same_diagnostics_as_the_first()
    {
        using var site = new TestSite();
        site.Write("content/articles/cites.md", TestSite.SampleArticle.Replace("A few millimetres.", "A few millimetres [@nobody2000]. See [the steps](#no-such-section). A typo [@ park]."));
        site.Write("content/articles/deep.md", TestSite.SampleArticle.Replace("A few millimetres.", new string('>', 70) + " Too deep."));

        var (firstExit, first) = site.Run("check");
        var (secondExit, second) = site.Run("check");

        File.Exists(Stored(site, "markdown-facts.bin")).ShouldBeTrue("the first check keeps the facts of the Markdown it parsed");
        first.ShouldContain("content/articles/cites.md:");
        first.ShouldContain("nobody2000");
        first.ShouldContain("content/articles/deep.md:");
        (secondExit, second).ShouldBe((firstExit, first));
    }

    [Fact]
    public void An_edited_article_shows_the_headings_citations_and_reading_time_of_its_new_text()
    {
        using var site = new TestSite();
        site.AddRepositoryReferences("amin2006");
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("articles/sample/index.html").ShouldContain("About 1 minute");

        var words = string.Join(' ', Enumerable.Repeat("Each session takes a few minutes.", 80));
        site.Write("content/articles/sample.md", SampleBody(site) + $"\n## Aftercare\n\nBruises fade within a week [@amin2006]. {words}\n");
        var result = site.Build();

        result.Succeeded.ShouldBeTrue();
        var page = site.ReadOutput("articles/sample/index.html");
        page.ShouldContain("href=\"#aftercare\"");
        page.ShouldContain("About 3 minutes");
        site.ReadOutput("references/amin2006/index.html").ShouldContain("Bruises fade within a week.");
    }

    [Fact]
    public void A_changed_glossary_links_the_words_an_unchanged_article_now_uses_first()
    {
        using var site = new TestSite();
        site.Write("content/glossary.yml", "- term: Dermis\n  definition: The middle layer of skin.\n");
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("articles/sample/index.html").ShouldNotContain("href=\"/glossary/#dermis\"");

        site.Write("content/glossary.yml", "- term: Dermis\n  definition: The middle layer of skin.\n  synonyms: [skin]\n");
        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("articles/sample/index.html").ShouldContain("href=\"/glossary/#dermis\"");
        site.ReadOutput("glossary/index.html").ShouldContain("What is a sample?");
    }

    [Fact]
    public void A_glossary_term_no_article_uses_is_reported_on_every_build_until_an_edited_article_uses_it()
    {
        using var site = new TestSite();
        site.Write("content/glossary.yml", "- term: Dermis\n  definition: The middle layer of skin.\n");
        static bool ReportsDermisUnused(KnowledgeBase.Building.BuildResult result) =>
            result.Diagnostics.Any(diagnostic => diagnostic.Code == KnowledgeBase.Diagnostics.DiagnosticCode.UnusedGlossaryTerm && diagnostic.Message.Contains("'Dermis'"));

        ReportsDermisUnused(site.Build()).ShouldBeTrue();
        ReportsDermisUnused(site.Build()).ShouldBeTrue("the second build reads the stored uses, and finds the same");

        site.Write("content/articles/sample.md", SampleBody(site).Replace("Small injections into the skin.", "Small injections into the dermis."));

        ReportsDermisUnused(site.Build()).ShouldBeFalse();
        ReportsDermisUnused(site.Build()).ShouldBeFalse();
    }

    [Fact]
    public void An_unchanged_article_citing_a_source_since_removed_reports_the_unknown_key_where_it_is_cited()
    {
        using var site = new TestSite();
        site.AddRepositoryReferences("amin2006");
        site.Write("content/articles/sample.md", SampleBody(site).Replace("A few millimetres.", "A few millimetres [@amin2006]."));
        site.Build().Succeeded.ShouldBeTrue();
        File.Delete(Path.Combine(site.Root, "content", "references", "amin2006.md"));

        var (exit, output) = site.Run("check");
        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);

        exit.ShouldBe(1);
        output.ShouldContain("content/articles/sample.md:26:20: error KB001: no source has the key 'amin2006'");
        site.Run("check").ShouldBe((exit, output), "a check with nothing stored reports the same");
    }

    [Fact]
    public void An_unchanged_article_written_beyond_ascii_renders_from_its_stored_facts_as_a_clean_build_does()
    {
        using var site = new TestSite();
        site.Write("content/articles/sample.md", SampleBody(site).Replace("A few millimetres.", "A few millimetres — naïve “Über” 3 µm, 😀 and 中文."));
        site.Build().Succeeded.ShouldBeTrue();
        // Every page shows the site's title, so the article is rendered again while its Markdown's facts come from the store.
        site.Write("site.yml", site.ReadSource("site.yml").Replace("title: Test Evidence", "title: Test Evidence Again"));
        site.Build().Succeeded.ShouldBeTrue();
        var fromStore = site.ReadOutput("articles/sample/index.html");

        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);
        site.Build().Succeeded.ShouldBeTrue();

        fromStore.ShouldContain("Test Evidence Again");
        fromStore.ShouldContain("naïve “Über” 3 µm, 😀 and 中文.");
        site.ReadOutput("articles/sample/index.html").ShouldBe(fromStore);
    }

    [Theory]
    [InlineData("markdown-facts.bin", "damaged")]
    [InlineData("markdown-facts.bin", "cut short")]
    [InlineData("markdown-facts.bin", "empty")]
    [InlineData("glossary-uses.bin", "damaged")]
    [InlineData("glossary-uses.bin", "cut short")]
    public void A_damaged_store_of_markdown_facts_is_ignored_and_every_page_rendered_as_from_scratch(string file, string damage)
    {
        using var site = new TestSite();
        site.Write("content/glossary.yml", "- term: Dermis\n  definition: The middle layer of skin.\n  synonyms: [skin]\n");
        site.Build().Succeeded.ShouldBeTrue();
        var fresh = site.ReadOutput("articles/sample/index.html");
        var bytes = File.ReadAllBytes(Stored(site, file));
        for (var at = bytes.Length / 3; at < bytes.Length; at += 7)
        {
            bytes[at] ^= 0x5a;
        }

        File.WriteAllBytes(Stored(site, file), damage switch
        {
            "damaged" => bytes,
            "cut short" => bytes[..(bytes.Length / 2)],
            _ => [],
        });
        Directory.Delete(site.Output, recursive: true);

        var result = site.Build();

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Where(diagnostic => diagnostic.Severity == KnowledgeBase.Diagnostics.Severity.Error).ShouldBeEmpty();
        site.ReadOutput("articles/sample/index.html").ShouldBe(fresh);
    }
}

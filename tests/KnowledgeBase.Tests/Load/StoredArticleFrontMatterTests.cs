using System.Text.Json;
using KnowledgeBase.Content;
using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Load;

/// <summary>
/// Articles made from the front matter records a previous build kept in .cache/files/article-front-matter.bin instead
/// of from their YAML: what a reader sees and what a check reports are those of a build from scratch.
/// </summary>
public sealed class StoredArticleFrontMatterTests
{
    private static string Store(TestSite site) => Path.Combine(site.Root, ".cache", "files", "article-front-matter.bin");

    /// <summary>Every value of a front matter record and of each of its blocks (as its own type), with every position.</summary>
    private static string Everything(ArticleFrontMatter meta) => JsonSerializer.Serialize(meta.Blocks.Prepend<object>(meta with { Blocks = [] }));

    [Fact]
    public void Every_kind_of_block_read_back_from_the_store_gives_the_pages_a_build_from_scratch_gives()
    {
        using var site = EvidenceBlockSite.Create();
        site.Build().ShouldHaveBuilt("The first build");
        File.ReadAllText(Store(site)).ShouldContain("Mesotherapy at a glance", customMessage: "the first build keeps the article's record");

        // Into a new folder, so that every page is made again, from the stored record.
        var again = Path.Combine(site.Root, "_again");
        new SiteBuilder(TestSite.Clock).Build(new BuildOptions(site.Root, again, null, false)).ShouldHaveBuilt("The build from the store");

        OutputTree.Hashes(again).ShouldBe(OutputTree.Hashes(site.Output));
    }

    [Fact]
    public void Every_field_of_the_real_articles_is_read_back_as_their_yaml_gives_it()
    {
        using var site = TestSite.WithRepositoryContent();
        site.Check();

        var stored = new SiteLoader(site.Root, articleFrontMatter: ArticleFrontMatterStore.Of(site.Root)).Load(new DiagnosticBag()).Articles;
        var parsed = new SiteLoader(site.Root).Load(new DiagnosticBag()).Articles;

        stored.Count.ShouldBe(parsed.Count);
        stored.Count.ShouldBeGreaterThan(0);
        for (var index = 0; index < parsed.Count; index++)
        {
            Everything(stored[index].Meta).ShouldBe(Everything(parsed[index].Meta));
        }
    }

    [Fact]
    public void An_edit_to_front_matter_alone_shows_as_a_build_from_scratch_shows_it()
    {
        using var site = new TestSite();
        site.Build().ShouldHaveBuilt("The first build");

        site.Write("content/articles/sample.md", site.ReadSource("content/articles/sample.md")
            .Replace("title: What is a sample?", "title: What is a test sample?")
            .Replace("next_review: 2027-11-01", "next_review: 2027-12-01"));
        site.Build().ShouldHaveBuilt("The build after the edit");

        site.ReadOutput("articles/sample/index.html").ShouldContain("What is a test sample?");
        OutputTree.Hashes(site.Output).ShouldBe(StoredRecordChecks.FromScratch(site));
    }

    [Fact]
    public void A_changed_block_shows_as_a_build_from_scratch_shows_it()
    {
        using var site = EvidenceBlockSite.Create();
        site.Build().ShouldHaveBuilt("The first build");
        var path = $"content/articles/{EvidenceBlockSite.Slug}.md";

        site.Write(path, site.ReadSource(path).Replace("max: 600", "max: 650").Replace("participants: 20 women", "participants: 21 women"));
        site.Build().ShouldHaveBuilt("The build after the edit");

        var page = site.ReadOutput($"articles/{EvidenceBlockSite.Slug}/index.html");
        page.ShouldContain("650");
        page.ShouldContain("21 women");
        OutputTree.Hashes(site.Output).ShouldBe(StoredRecordChecks.FromScratch(site));
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("cut short")]
    [InlineData("empty")]
    public void A_damaged_store_is_ignored_and_the_site_built_as_from_scratch(string damage)
    {
        using var site = EvidenceBlockSite.Create();
        StoredRecordChecks.DamagedStoreIsIgnored(site, Store(site), damage);
    }

    [Fact]
    public void A_warning_about_stored_front_matter_is_reported_on_every_check_where_it_is_written()
    {
        using var site = new TestSite();
        site.Write("content/articles/sample.md", TestSite.SampleArticle.ReplaceLineEndings("\n").Replace("next_review: 2027-11-01", "next_review: 2026-11-20"));

        var (firstExit, first) = site.Run("check");
        var (secondExit, second) = site.Run("check");

        File.ReadAllText(Store(site)).ShouldContain("What is a sample?", customMessage: "a record that only warns is kept");
        first.ShouldContain($"content/articles/sample.md:8:14: warning {DiagnosticCode.ReviewOverdue.Id}: ");
        (secondExit, second).ShouldBe((firstExit, first));
    }
}

using System.Text;
using KnowledgeBase.Building;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Load;

/// <summary>
/// Unchanged article files made from what a previous build kept of them (.cache/files/article-files.bin: the keys of
/// their stored records and where their body starts) instead of from their text: what a reader sees and what a check
/// reports are those of a build from scratch.
/// </summary>
public sealed class StoredArticleFileTests
{
    private static string Store(TestSite site) => Path.Combine(site.Root, ".cache", "files", "article-files.bin");

    /// <summary>The sample article with a byte order mark, Windows line endings and letters outside ASCII before and in its body.</summary>
    private static byte[] ArticleWithEveryEncodingDetail() =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(TestSite.SampleArticle
            .Replace("title: What is a sample?", "title: Qu'est-ce qu'un échantillon — “sample”?")
            .Replace("A few millimetres.", "A few millimetres (2–4 mm, ½ cm at most) of the dermis: ça suffit 💉.")
            .ReplaceLineEndings("\r\n"))];

    [Fact]
    public void An_unchanged_article_with_a_byte_order_mark_windows_line_endings_and_accents_gives_the_pages_a_build_from_scratch_gives()
    {
        using var site = new TestSite();
        File.WriteAllBytes(Path.Combine(site.Root, "content", "articles", "sample.md"), ArticleWithEveryEncodingDetail());
        site.Build().ShouldHaveBuilt("The first build");
        File.ReadAllText(Store(site)).ShouldContain("content/articles/sample.md", customMessage: "the first build keeps what it read from the article file");

        // Into a new folder, so that every page is made again, from the stored records.
        var again = Path.Combine(site.Root, "_again");
        new SiteBuilder(TestSite.Clock).Build(new BuildOptions(site.Root, again, null, false)).ShouldHaveBuilt("The build from the store");

        File.ReadAllText(Path.Combine(again, "articles", "sample", "index.html")).ShouldContain("ça suffit 💉");
        OutputTree.Hashes(again).ShouldBe(OutputTree.Hashes(site.Output));
    }

    [Fact]
    public void An_unchanged_article_edited_back_to_its_earlier_text_shows_that_text_again()
    {
        using var site = new TestSite();
        var first = site.ReadSource("content/articles/sample.md");
        site.Build().ShouldHaveBuilt("The first build");
        site.Write("content/articles/sample.md", first.Replace("A few millimetres.", "About four millimetres."));
        site.Build().ShouldHaveBuilt("The build after the edit");
        site.ReadOutput("articles/sample/index.html").ShouldContain("About four millimetres.");

        site.Write("content/articles/sample.md", first);
        site.Build().ShouldHaveBuilt("The build after the edit back");

        site.ReadOutput("articles/sample/index.html").ShouldContain("A few millimetres.");
        OutputTree.Hashes(site.Output).ShouldBe(StoredRecordChecks.FromScratch(site));
    }

    [Fact]
    public void Mistakes_in_unchanged_articles_are_reported_on_every_check_where_they_are_written()
    {
        using var site = new TestSite();
        site.Write("content/articles/cites.md", TestSite.SampleArticle.Replace("A few millimetres.", "A few millimetres [@nobody2000]."));
        site.Write("content/articles/deep.md", TestSite.SampleArticle.Replace("A few millimetres.", new string('>', 70) + " Too deep."));
        site.Write("content/articles/overdue.md", TestSite.SampleArticle.Replace("next_review: 2027-11-01", "next_review: 2026-11-20"));
        site.Write("content/articles/control.md", TestSite.SampleArticle.Replace("A few millimetres.", "A few\u0007 millimetres."));

        var (firstExit, first) = site.Run("check");
        var (secondExit, second) = site.Run("check");

        File.ReadAllText(Store(site)).ShouldContain("content/articles/sample.md", customMessage: "the first check keeps what it read from the article without a mistake");
        foreach (var file in new[] { "cites", "deep", "overdue", "control" })
        {
            first.ShouldContain($"content/articles/{file}.md:");
        }

        (secondExit, second).ShouldBe((firstExit, first));
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("cut short")]
    [InlineData("empty")]
    public void A_damaged_store_is_ignored_and_the_site_built_as_from_scratch(string damage)
    {
        using var site = new TestSite();
        File.WriteAllBytes(Path.Combine(site.Root, "content", "articles", "sample.md"), ArticleWithEveryEncodingDetail());
        StoredRecordChecks.DamagedStoreIsIgnored(site, Store(site), damage);
    }
}

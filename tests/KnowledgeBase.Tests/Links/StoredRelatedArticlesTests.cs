using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Links;

/// <summary>
/// Related articles read from what the previous build kept (.cache/files/related-articles.bin) instead of scored again:
/// every article page lists the related articles a build from scratch lists.
/// </summary>
public sealed class StoredRelatedArticlesTests
{
    private static string Stored(TestSite site) => Path.Combine(site.Root, ".cache", "files", "related-articles.bin");

    private static void WriteArticle(TestSite site, string slug, string tags, string body = "A plain body.") =>
        site.Write($"content/articles/{slug}.md", $"---\ntitle: About {slug}\nsummary: What {slug} is.\ntags: [{tags}]\n{TestSite.ArticleMeta}---\n{body}\n");

    private static IReadOnlyList<string?> RelatedTo(TestSite site, string slug) =>
        new HtmlParser().ParseDocument(site.ReadOutput($"articles/{slug}/index.html"))
            .QuerySelectorAll("section.related li > a").Select(link => link.GetAttribute("href")).ToList();

    /// <summary>Builds the site as it is from scratch, in a copy, and returns what its page of <paramref name="slug"/> lists as related.</summary>
    private static IReadOnlyList<string?> RelatedFromScratch(TestSite site, string slug)
    {
        using var fresh = site.Copy();
        Directory.Delete(Path.Combine(fresh.Root, ".cache"), recursive: true);
        fresh.Build().Succeeded.ShouldBeTrue();
        return RelatedTo(fresh, slug);
    }

    private static TestSite ThreeArticles()
    {
        var site = new TestSite(withSampleArticle: false);
        WriteArticle(site, "alpha", "cheeks");
        WriteArticle(site, "beta", "cheeks");
        WriteArticle(site, "gamma", "hair");
        site.Build().Succeeded.ShouldBeTrue();
        RelatedTo(site, "alpha").ShouldBe(["/articles/beta/"]);
        return site;
    }

    [Fact]
    public void An_article_given_another_tag_is_related_to_the_articles_it_now_shares_it_with()
    {
        using var site = ThreeArticles();

        WriteArticle(site, "alpha", "hair");
        site.Build().Succeeded.ShouldBeTrue();

        RelatedTo(site, "alpha").ShouldBe(["/articles/gamma/"]);
        RelatedTo(site, "beta").ShouldBeEmpty();
        RelatedTo(site, "alpha").ShouldBe(RelatedFromScratch(site, "alpha"));
    }

    [Fact]
    public void An_article_that_now_cites_a_source_is_related_to_the_other_articles_citing_it()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.AddRepositoryReferences("amin2006");
        WriteArticle(site, "alpha", "cheeks", "Bruises fade [@amin2006].");
        WriteArticle(site, "beta", "hair");
        site.Build().Succeeded.ShouldBeTrue();
        RelatedTo(site, "alpha").ShouldBeEmpty();

        WriteArticle(site, "beta", "hair", "Bruises fade within a week [@amin2006].");
        site.Build().Succeeded.ShouldBeTrue();

        RelatedTo(site, "alpha").ShouldBe(["/articles/beta/"]);
        RelatedTo(site, "beta").ShouldBe(["/articles/alpha/"]);
    }

    [Fact]
    public void A_new_article_sharing_a_tag_is_listed_as_related()
    {
        using var site = ThreeArticles();

        WriteArticle(site, "aardvark", "cheeks");
        site.Build().Succeeded.ShouldBeTrue();

        RelatedTo(site, "alpha").ShouldBe(RelatedFromScratch(site, "alpha"));
        RelatedTo(site, "alpha").ShouldContain("/articles/aardvark/");
    }

    [Fact]
    public void An_edit_to_a_body_alone_reads_the_related_articles_kept_by_the_last_build()
    {
        using var site = ThreeArticles();
        var kept = File.ReadAllBytes(Stored(site));
        var keptAt = File.GetLastWriteTimeUtc(Stored(site));

        WriteArticle(site, "alpha", "cheeks", "A body with another sentence.");
        site.Build().Succeeded.ShouldBeTrue();

        File.ReadAllBytes(Stored(site)).ShouldBe(kept);
        File.GetLastWriteTimeUtc(Stored(site)).ShouldBe(keptAt, "an unchanged store is not written again");
        RelatedTo(site, "alpha").ShouldBe(["/articles/beta/"]);
    }

    [Theory]
    [InlineData("positions out of range")]
    [InlineData("cut short")]
    [InlineData("empty")]
    public void A_damaged_store_of_related_articles_is_ignored_and_they_are_found_afresh(string damage)
    {
        using var site = ThreeArticles();
        var fresh = site.ReadOutput("articles/alpha/index.html");
        var bytes = File.ReadAllBytes(Stored(site));
        // The positions are the file's last bytes: the key before them still matches, so the damaged entry is read.
        File.WriteAllBytes(Stored(site), damage switch
        {
            "positions out of range" => [.. bytes[..^4], 0x7f, 0x7f, 0x7f, 0x7f],
            "cut short" => bytes[..^3],
            _ => [],
        });
        Directory.Delete(site.Output, recursive: true);

        var result = site.Build();

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Where(diagnostic => diagnostic.Severity == KnowledgeBase.Diagnostics.Severity.Error).ShouldBeEmpty();
        site.ReadOutput("articles/alpha/index.html").ShouldBe(fresh);
        RelatedTo(site, "alpha").ShouldBe(["/articles/beta/"]);
    }
}

using KnowledgeBase.Building;
using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

public sealed class SocialImageCacheTests
{
    private static string CacheFolder(TestSite site) => Path.Combine(site.Root, CacheFile.FolderName, "social-images");

    private static byte[] ArticleImage(TestSite site, string slug) =>
        File.ReadAllBytes(Directory.GetFiles(Path.Combine(site.Output, "assets", "social"), $"{slug}.*.png").Single());

    [Fact]
    public void A_warm_cache_gives_the_same_site_byte_for_byte_as_a_cold_one()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var cold = OutputTree.Hashes(site.Output);

        site.Build().Succeeded.ShouldBeTrue();

        OutputTree.Hashes(site.Output).ShouldBe(cold);
        Directory.GetFiles(CacheFolder(site), "*.png").Length.ShouldBe(2, "one image for the article and one for the site");
        Directory.Exists(Path.Combine(site.Output, CacheFile.FolderName)).ShouldBeFalse("the cache is never published");
    }

    [Fact]
    public void An_unchanged_title_is_read_from_the_cache_and_only_a_new_title_is_painted()
    {
        using var site = new TestSite();
        site.Write("content/articles/other.md", TestSite.SampleArticle.Replace("What is a sample?", "What is another sample?"));
        site.Build().Succeeded.ShouldBeTrue();
        var painted = ArticleImage(site, "sample");
        // Swap the cached image of "sample" for the one of "other", under the name its bytes give: if the next build
        // shows it, it was not repainted.
        var cachedFiles = Directory.GetFiles(CacheFolder(site), "*.png");
        var paintedEntry = cachedFiles.Single(file => File.ReadAllBytes(file).AsSpan().SequenceEqual(painted));
        var other = ArticleImage(site, "other");
        var sampleEntry = Path.Combine(CacheFolder(site), $"{Path.GetFileName(paintedEntry).Split('.')[0]}.{ContentFingerprint.Of(other)}.png");
        File.Move(paintedEntry, sampleEntry);
        File.WriteAllBytes(sampleEntry, other);
        site.Write("content/articles/other.md", TestSite.SampleArticle.Replace("What is a sample?", "What is a renamed sample?"));
        // Without the build cache every page is rendered again, so the unchanged title's image is looked up too.
        Directory.Delete(Path.Combine(site.Root, CacheFile.FolderName, "builds"), recursive: true);

        site.Build().Succeeded.ShouldBeTrue();

        ArticleImage(site, "sample").ShouldBe(File.ReadAllBytes(sampleEntry));
        var renamed = ArticleImage(site, "other");
        renamed.ShouldNotBe(painted);
        Directory.GetFiles(CacheFolder(site), "*.png").Length.ShouldBe(3, "the old title's image is dropped from the cache");
    }

    [Fact]
    public void A_cold_build_publishes_each_image_it_paints_as_its_cached_file_rather_than_a_second_copy()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var published = Directory.GetFiles(Path.Combine(site.Output, "assets", "social"), "sample.*.png").Single();
        var painted = File.ReadAllBytes(published);
        var entry = Directory.GetFiles(CacheFolder(site), "*.png").Single(file => File.ReadAllBytes(file).AsSpan().SequenceEqual(painted));

        // Written into, as no build ever writes a cached image: one file under two names shows the change under both.
        using (var file = new FileStream(entry, FileMode.Open, FileAccess.Write))
        {
            file.WriteByte((byte)(painted[0] ^ 0xFF));
        }

        File.ReadAllBytes(published)[0].ShouldBe((byte)(painted[0] ^ 0xFF));
    }

    [Fact]
    public void Painting_a_new_title_leaves_the_images_of_the_output_it_replaces_as_they_were()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = OutputTree.Hashes(site.Output);
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("What is a sample?", "What is a renamed sample?"));

        site.Build().Succeeded.ShouldBeTrue();

        // The old title's cached image is deleted and the new one painted beside it; the output the build replaced
        // (kept for the next build to stage in) shares its files with the cache and must not change.
        var kept = new BuildCache(new BuildOptions(site.Root, site.Output), indexerIdentity: "").KeptOutputFolder;
        OutputTree.Hashes(kept).ShouldBe(before);
        Directory.GetFiles(Path.Combine(site.Output, "assets", "social"), "*.png")
            .ShouldAllBe(image => Path.GetFileName(image).Split('.')[1] == ContentFingerprint.Of(File.ReadAllBytes(image)));
    }

    [Fact]
    public void A_cached_image_cut_short_is_painted_again_when_its_file_is_written()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var painted = ArticleImage(site, "sample");
        var entry = Directory.GetFiles(CacheFolder(site), "*.png").Single(file => File.ReadAllBytes(file).AsSpan().SequenceEqual(painted));
        File.WriteAllBytes(entry, painted[..(painted.Length / 2)]);
        // Without the build cache every file is written again, the image too; a build that keeps it reads nothing.
        Directory.Delete(Path.Combine(site.Root, CacheFile.FolderName, "builds"), recursive: true);

        site.Build().Succeeded.ShouldBeTrue();

        ArticleImage(site, "sample").ShouldBe(painted);
        File.ReadAllBytes(entry).ShouldBe(painted);
    }

    [Fact]
    public void Without_a_writable_cache_every_image_is_still_written_under_the_hash_of_its_bytes()
    {
        using var site = new TestSite();
        // A file where the cache folder belongs: nothing can be cached, so each image is painted again when written.
        File.WriteAllText(Path.Combine(site.Root, CacheFile.FolderName), "not a folder");

        site.Build().Succeeded.ShouldBeTrue();

        var images = Directory.GetFiles(Path.Combine(site.Output, "assets", "social"), "*.png");
        images.Length.ShouldBe(2, "one image for the article and one for the site");
        images.ShouldAllBe(image => Path.GetFileName(image).Split('.')[1] == ContentFingerprint.Of(File.ReadAllBytes(image)));
    }
}

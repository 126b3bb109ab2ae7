using System.Security.Cryptography;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

public sealed class BuildOutputTests
{
    [Fact]
    public void The_same_input_builds_byte_identical_files()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var first = OutputTree.Hashes(site.Output);

        site.Build().Succeeded.ShouldBeTrue();

        OutputTree.Hashes(site.Output).ShouldBe(first);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = OutputTree.Hashes(site.Output);
        site.Write("content/articles/broken.md", "---\ntitle: [unclosed\n---\n");

        site.Build().Succeeded.ShouldBeFalse();

        OutputTree.Hashes(site.Output).ShouldBe(before);
    }

    [Fact]
    public void A_successful_build_removes_pages_that_no_longer_exist()
    {
        using var site = new TestSite();
        site.Write("content/articles/second.md", TestSite.SampleArticle);
        site.Build().Succeeded.ShouldBeTrue();
        File.Delete(Path.Combine(site.Root, "content/articles/second.md"));
        site.Write("published-urls.txt", "/articles/second/ retired: test\n/embed/second/ retired: test\n");

        site.Build().Succeeded.ShouldBeTrue();

        Directory.Exists(Path.Combine(site.Output, "articles/second")).ShouldBeFalse();
    }

    [Fact]
    public void No_staging_folders_are_left_beside_the_output()
    {
        using var site = new TestSite();

        site.Build().Succeeded.ShouldBeTrue();

        Directory.EnumerateDirectories(site.Root, "._site.*").ShouldBeEmpty();
    }

    [Fact]
    public void Every_fingerprinted_asset_name_matches_the_hash_of_its_bytes()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        var assets = Directory.GetFiles(Path.Combine(site.Output, "assets"), "*", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith(".pf_meta", StringComparison.Ordinal) && FingerprintIn(file) is not null)
            .ToList();

        assets.Count.ShouldBeGreaterThanOrEqualTo(4, "the stylesheet, scripts, icon and social images are fingerprinted");
        foreach (var asset in assets)
        {
            FingerprintIn(asset).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(asset)))[..10], asset);
        }
    }

    [Fact]
    public void Changing_the_stylesheet_renames_it_and_every_page_links_the_new_name()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = Path.GetFileName(Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").ShouldHaveSingleItem());
        File.AppendAllText(Path.Combine(site.Root, "templates/assets/site.css"), "\n.changed { color: red; }\n");

        site.Build().Succeeded.ShouldBeTrue();

        var after = Path.GetFileName(Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").ShouldHaveSingleItem());
        after.ShouldNotBe(before);
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(page => File.ReadAllText(page).Contains("/assets/site.", StringComparison.Ordinal))
            .ToList();
        pages.Count.ShouldBeGreaterThan(3, "every page but the embed cards uses the site stylesheet");
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            html.ShouldContain("/assets/" + after, customMessage: page);
            html.ShouldNotContain(before, customMessage: page);
        }
    }

    /// <summary>The hash part of a name like site.0123456789.css, or null for a file that carries none.</summary>
    private static string? FingerprintIn(string path)
    {
        var parts = Path.GetFileName(path).Split('.');
        return parts.Length >= 3 && parts[^2].Length == 10 && parts[^2].All(char.IsAsciiHexDigitLower) ? parts[^2] : null;
    }
}

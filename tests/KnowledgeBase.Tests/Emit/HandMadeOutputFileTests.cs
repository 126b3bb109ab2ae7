using KnowledgeBase.Emit;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>
/// A file an editor (or a deploy tool) puts into the live output by hand is not published by the next build, which
/// replaces the folder, but it is never deleted: once the build that would have deleted it finds it, it is moved beside
/// the output, and a warning names it and where it went.
/// </summary>
public sealed class HandMadeOutputFileTests
{
    [Fact]
    public void A_file_and_a_folder_added_to_the_output_by_hand_are_set_aside_with_a_warning_and_never_deleted()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(site.Output, "google1234.html"), "google-site-verification: google1234.html");
        Directory.CreateDirectory(Path.Combine(site.Output, ".well-known"));
        File.WriteAllText(Path.Combine(site.Output, ".well-known", "security.txt"), "Contact: mailto:security@example.org");

        var builds = new[] { site.Build(), site.Build(), site.Build() };

        builds.ShouldAllBe(build => build.Succeeded);
        var setAside = SetAsideFiles(site);
        setAside.Keys.Order(StringComparer.Ordinal).ShouldBe([".well-known/security.txt", "google1234.html"]);
        File.ReadAllText(setAside["google1234.html"]).ShouldBe("google-site-verification: google1234.html");
        File.ReadAllText(setAside[".well-known/security.txt"]).ShouldBe("Contact: mailto:security@example.org");
        var warnings = builds.SelectMany(build => build.Diagnostics).Where(d => d.Code.Id == "KB102").ToList();
        warnings.Select(w => w.Location.Path).Order(StringComparer.Ordinal).ShouldBe(["_site/.well-known/security.txt", "_site/google1234.html"]);
        warnings.ShouldAllBe(w => w.Message.Contains("_site.set-aside/") && w.Message.Contains("templates/assets/"));
        File.Exists(Path.Combine(site.Output, "google1234.html")).ShouldBeFalse("the output holds only what the build wrote");
    }

    [Fact]
    public void A_file_added_by_hand_is_not_lost_when_the_build_cache_was_deleted_meanwhile()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(site.Output, "google1234.html"), "google-site-verification: google1234.html");
        site.Build().Succeeded.ShouldBeTrue();
        foreach (var record in Directory.EnumerateFiles(Path.Combine(site.Root, ".cache", "builds")))
        {
            File.Delete(record);
        }

        var builds = new[] { site.Build(), site.Build() };

        builds.ShouldAllBe(build => build.Succeeded);
        var setAside = SetAsideFiles(site);
        File.ReadAllText(setAside["earlier-output/google1234.html"]).ShouldBe("google-site-verification: google1234.html", "with nothing to tell its files apart, the kept output is set aside whole");
        var warning = builds.SelectMany(build => build.Diagnostics).ShouldHaveSingleItem();
        warning.Code.Id.ShouldBe("KB102");
        warning.Location.Path.ShouldBe("_site");
        warning.Message.ShouldContain("set aside whole in _site.set-aside/");
    }

    [Fact]
    public void Without_the_record_of_built_files_the_previous_manifest_tells_a_file_added_by_hand_from_the_builds()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(site.Output, "google1234.html"), "google-site-verification: google1234.html");
        site.Build().Succeeded.ShouldBeTrue();
        File.Delete(Directory.GetFiles(Path.Combine(site.Root, ".cache", "builds"), "*.kept-files").ShouldHaveSingleItem());

        site.Build().Succeeded.ShouldBeTrue();

        SetAsideFiles(site).Keys.ShouldBe(["google1234.html"]);
    }

    [Fact]
    public void Without_the_record_a_build_cache_it_cannot_reuse_still_tells_a_file_added_by_hand_from_the_builds()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(site.Output, "google1234.html"), "google-site-verification: google1234.html");
        site.Build().Succeeded.ShouldBeTrue();
        File.Delete(Directory.GetFiles(Path.Combine(site.Root, ".cache", "builds"), "*.kept-files").ShouldHaveSingleItem());

        var build = site.Build(baseUrl: new Uri("https://other.example.org/"));

        build.CacheUse.ShouldBe("clean build: the build cache is from a build with other options");
        SetAsideFiles(site).Keys.ToList().ShouldBe(["google1234.html"], "the kept output is not set aside whole");
    }

    [Fact]
    public void An_old_output_that_cannot_be_kept_is_deleted_only_after_its_file_added_by_hand_is_set_aside()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        site.Build().Succeeded.ShouldBeTrue();
        // A kept folder without the marker is no build's to use or delete, so the output the next swap replaces cannot go there.
        var kept = Directory.GetDirectories(Path.Combine(site.Root, ".cache", "builds"), "*.kept").ShouldHaveSingleItem();
        File.Delete(Path.Combine(kept, OutputFolderGuard.MarkerFileName));
        File.WriteAllText(Path.Combine(site.Output, "google1234.html"), "google-site-verification: google1234.html");

        site.Build().Succeeded.ShouldBeTrue();

        File.ReadAllText(SetAsideFiles(site)["google1234.html"]).ShouldBe("google-site-verification: google1234.html");
        File.Exists(Path.Combine(kept, "index.html")).ShouldBeTrue("the unmarked kept folder is left as it was");
        OutputFolderGuard.BuildLeftovers(site.Output).ShouldBeEmpty("the old output is deleted once its file is set aside");
    }

    [Fact]
    public void What_builds_wrote_is_never_set_aside_across_changed_pages_and_a_failed_build()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        site.Write("content/articles/second.md", TestSite.SampleArticle.Replace("sample", "second", StringComparison.Ordinal));
        site.Build().Succeeded.ShouldBeTrue();
        site.ChangeSampleArticle();
        var second = File.ReadAllText(Path.Combine(site.Root, "content", "articles", "second.md"));
        File.Delete(Path.Combine(site.Root, "content", "articles", "second.md"));
        site.Build().Succeeded.ShouldBeFalse("a published page may not vanish; the build fails once its staging folder holds the changed page");
        site.Write("content/articles/second.md", second);

        site.Build().Succeeded.ShouldBeTrue();
        site.Build().Succeeded.ShouldBeTrue();

        Directory.Exists(site.Output + ".set-aside").ShouldBeFalse();
    }

    /// <summary>Every file set aside beside the output, by its path in the output, and where it is now.</summary>
    private static Dictionary<string, string> SetAsideFiles(TestSite site)
    {
        var folder = site.Output + ".set-aside";
        return Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder).SelectMany(build => Directory.EnumerateFiles(build, "*", SearchOption.AllDirectories)
                .Select(file => (Path: Path.GetRelativePath(build, file).Replace('\\', '/'), File: file)))
                .ToDictionary(entry => entry.Path, entry => entry.File, StringComparer.Ordinal)
            : [];
    }
}

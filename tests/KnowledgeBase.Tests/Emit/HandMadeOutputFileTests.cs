using KnowledgeBase.Building;
using KnowledgeBase.Emit;
using KnowledgeBase.Index;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>
/// A file an editor (or a deploy tool) puts into the live output by hand is not published by the next build, which
/// replaces the folder, but it is never deleted: that build moves it beside the output, and a warning names it and
/// where it went.
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
    public void The_build_that_replaces_the_output_sets_a_file_added_by_hand_aside_and_warns_of_it()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(site.Output, "google1234.html"), "google-site-verification: google1234.html");

        var build = site.Build();

        build.Succeeded.ShouldBeTrue();
        File.Exists(Path.Combine(site.Output, "google1234.html")).ShouldBeFalse();
        File.ReadAllText(SetAsideFiles(site).ShouldHaveSingleItem().Value).ShouldBe("google-site-verification: google1234.html");
        var warning = build.Diagnostics.ShouldHaveSingleItem();
        warning.Code.Id.ShouldBe("KB102");
        warning.Location.Path.ShouldBe("_site/google1234.html");
    }

    [Fact]
    public void A_file_added_by_hand_is_kept_when_the_build_cache_is_deleted_after_the_build_that_took_it_off_the_site()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(site.Output, "google1234.html"), "google-site-verification: google1234.html");
        site.Build().Succeeded.ShouldBeTrue();
        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);

        site.Build().Succeeded.ShouldBeTrue();

        File.ReadAllText(SetAsideFiles(site)["google1234.html"]).ShouldBe("google-site-verification: google1234.html");
    }

    [Fact]
    public void A_file_added_by_hand_after_the_build_cache_was_deleted_is_set_aside_alone_by_the_next_build()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(site.Output, "google1234.html"), "google-site-verification: google1234.html");
        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);

        var build = site.Build();

        build.Succeeded.ShouldBeTrue();
        SetAsideFiles(site).Keys.ToList().ShouldBe(["google1234.html"], "the files this build writes again are builds' files, not set aside with it");
        build.Diagnostics.ShouldHaveSingleItem().Location.Path.ShouldBe("_site/google1234.html");
    }

    [Fact]
    public void The_pages_the_preview_wrote_in_place_are_not_set_aside_by_the_next_build()
    {
        using var site = new TestSite();
        var preview = new SiteBuilder(TestSite.Clock);
        var options = new BuildOptions(site.Root, site.Output);
        preview.Build(options).Succeeded.ShouldBeTrue();
        site.Write("content/articles/second.md", TestSite.SampleArticle.Replace("sample", "second", StringComparison.Ordinal));
        preview.Rebuild(options).Succeeded.ShouldBeTrue();
        File.Exists(Path.Combine(site.Output, "articles", "second", "index.html")).ShouldBeTrue();

        var build = site.Build();

        build.Diagnostics.ShouldBeEmpty();
        Directory.Exists(site.Output + ".set-aside").ShouldBeFalse();
    }

    [Fact]
    public void A_file_added_by_hand_to_the_search_index_folder_is_set_aside_and_the_index_is_not()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(site.Output, "pagefind", "notes.txt"), "what the search index needs");

        var build = site.Build();

        build.Succeeded.ShouldBeTrue();
        File.ReadAllText(SetAsideFiles(site).ShouldHaveSingleItem().Value).ShouldBe("what the search index needs");
        build.Diagnostics.ShouldHaveSingleItem().Location.Path.ShouldBe("_site/pagefind/notes.txt");
        File.Exists(Path.Combine(site.Output, "pagefind", "pagefind.js")).ShouldBeTrue();
    }

    [Fact]
    public void A_file_added_by_hand_to_the_search_index_folder_outlives_the_previews_new_index_until_a_build_sets_it_aside()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(site.Output, "pagefind", "notes.txt"), "what the search index needs");

        new PagefindIndexer(site.Root).Reindex(site.Output, CancellationToken.None);

        File.ReadAllText(Path.Combine(site.Output, "pagefind", "notes.txt")).ShouldBe("what the search index needs");
        site.Build().Diagnostics.ShouldHaveSingleItem().Location.Path.ShouldBe("_site/pagefind/notes.txt");
        File.ReadAllText(SetAsideFiles(site).ShouldHaveSingleItem().Value).ShouldBe("what the search index needs");
    }

    [Fact]
    public void A_file_added_by_hand_to_an_output_with_a_name_near_the_longest_is_set_aside_in_a_folder_with_a_shortened_name()
    {
        using var site = new TestSite();
        var output = Path.Combine(site.Root, new string('o', 250));
        var builder = new SiteBuilder(TestSite.Clock);
        builder.Build(new BuildOptions(site.Root, output)).Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(output, "google1234.html"), "google-site-verification: google1234.html");

        var builds = new[] { builder.Build(new BuildOptions(site.Root, output)), builder.Build(new BuildOptions(site.Root, output)) };

        builds.SelectMany(build => build.Diagnostics).ShouldHaveSingleItem().Code.Id.ShouldBe("KB102", "a name near the longest is no failure of the disk (KB100)");
        var setAside = Directory.GetDirectories(site.Root, "*.set-aside").ShouldHaveSingleItem();
        Path.GetFileName(setAside).Length.ShouldBeLessThanOrEqualTo(255);
        File.ReadAllText(Directory.GetFiles(setAside, "google1234.html", SearchOption.AllDirectories).ShouldHaveSingleItem())
            .ShouldBe("google-site-verification: google1234.html");
    }

    [Fact]
    public void A_kept_output_with_a_file_added_by_hand_and_no_record_of_its_files_is_set_aside_whole()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(KeptOutput(site), "google1234.html"), "google-site-verification: google1234.html");
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
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(KeptOutput(site), "google1234.html"), "google-site-verification: google1234.html");
        File.Delete(Directory.GetFiles(Path.Combine(site.Root, ".cache", "builds"), "*.kept-files").ShouldHaveSingleItem());

        site.Build().Succeeded.ShouldBeTrue();

        SetAsideFiles(site).Keys.ShouldBe(["google1234.html"]);
    }

    [Fact]
    public void Without_the_record_a_build_cache_it_cannot_reuse_still_tells_a_file_added_by_hand_from_the_builds()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(Path.Combine(KeptOutput(site), "google1234.html"), "google-site-verification: google1234.html");
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

    /// <summary>
    /// The earlier output kept for the next build to stage in: where a build killed between its swap and setting the
    /// old output's files aside leaves a file added by hand.
    /// </summary>
    private static string KeptOutput(TestSite site) =>
        Directory.GetDirectories(Path.Combine(site.Root, ".cache", "builds"), "*.kept").ShouldHaveSingleItem();

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

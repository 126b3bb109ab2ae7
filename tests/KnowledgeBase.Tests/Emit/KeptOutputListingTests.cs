using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>
/// A build stages in the output an earlier build kept, listing only the folders whose time changed since that build
/// walked it: what an editor put into or changed in the kept output is still found, set aside or replaced as when every
/// folder is listed.
/// </summary>
public sealed class KeptOutputListingTests
{
    [Fact]
    public void A_file_added_to_a_deep_folder_of_the_kept_output_is_set_aside_and_not_published()
    {
        using var site = new TestSite();
        var kept = KeptWithListing(site);
        File.WriteAllText(Path.Combine(kept, "articles", "sample", "notes.txt"), "an editor's notes");

        var build = site.Build();

        build.Succeeded.ShouldBeTrue();
        File.Exists(Path.Combine(site.Output, "articles", "sample", "notes.txt")).ShouldBeFalse("only what the build wrote is published");
        File.ReadAllText(SetAside(site, "articles/sample/notes.txt")).ShouldBe("an editor's notes");
    }

    [Fact]
    public void A_folder_of_the_kept_output_replaced_by_a_file_is_set_aside_and_the_page_built()
    {
        using var site = new TestSite();
        var kept = KeptWithListing(site);
        var page = site.ReadOutput("articles/sample/index.html");
        Directory.Delete(Path.Combine(kept, "articles", "sample"), recursive: true);
        File.WriteAllText(Path.Combine(kept, "articles", "sample"), "a file where the page's folder was");

        var build = site.Build();

        build.Succeeded.ShouldBeTrue();
        site.ReadOutput("articles/sample/index.html").ShouldBe(page);
        File.ReadAllText(SetAside(site, "articles/sample")).ShouldBe("a file where the page's folder was");
    }

    [Fact]
    public void A_page_edited_in_place_in_the_kept_output_is_built_again()
    {
        using var site = new TestSite();
        var kept = KeptWithListing(site);
        var page = site.ReadOutput("articles/sample/index.html");
        // The kept output shares the page with the live one: one file under two names, both edited.
        File.WriteAllText(Path.Combine(kept, "articles", "sample", "index.html"), "edited in place");

        var build = site.Build();

        build.Succeeded.ShouldBeTrue();
        site.ReadOutput("articles/sample/index.html").ShouldBe(page);
    }

    [Fact]
    public void A_file_added_to_a_deep_folder_of_the_live_output_is_set_aside_and_not_published()
    {
        using var site = new TestSite();
        KeptWithListing(site);
        // This build stages in the output the first build wrote, whose folders' times the listing vouches for.
        site.Build().Succeeded.ShouldBeTrue();
        Directory.GetFiles(Path.Combine(site.Root, ".cache", "builds"), "*.kept-live-listing").ShouldHaveSingleItem();
        File.WriteAllText(Path.Combine(site.Output, "articles", "sample", "notes.txt"), "an editor's notes");

        var builds = new[] { site.Build(), site.Build() };

        builds.ShouldAllBe(build => build.Succeeded);
        File.Exists(Path.Combine(site.Output, "articles", "sample", "notes.txt")).ShouldBeFalse("only what the build wrote is published");
        File.ReadAllText(SetAside(site, "articles/sample/notes.txt")).ShouldBe("an editor's notes");
    }

    /// <summary>
    /// Builds twice, the first output's folders last written an hour ago, so that the second build keeps that output
    /// with a listing whose times vouch for its folders; returns the kept folder.
    /// </summary>
    private static string KeptWithListing(TestSite site)
    {
        site.Build().Succeeded.ShouldBeTrue();
        foreach (var folder in Directory.EnumerateDirectories(site.Output, "*", SearchOption.AllDirectories).Append(site.Output))
        {
            Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow.AddHours(-1));
        }

        site.Build().Succeeded.ShouldBeTrue();
        var builds = Path.Combine(site.Root, ".cache", "builds");
        Directory.GetFiles(builds, "*.kept-listing").ShouldHaveSingleItem();
        var kept = Directory.GetDirectories(builds, "*.kept").ShouldHaveSingleItem();
        Directory.Exists(Path.Combine(kept, "articles", "sample")).ShouldBeTrue();
        return kept;
    }

    /// <summary>Where the file at this path of an earlier output was set aside.</summary>
    private static string SetAside(TestSite site, string relativePath) =>
        Directory.EnumerateDirectories(site.Output + ".set-aside").Select(build => Path.Combine(build, relativePath)).Where(File.Exists).ShouldHaveSingleItem();
}

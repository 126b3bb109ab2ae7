using System.Runtime.InteropServices;
using KnowledgeBase.Building;
using KnowledgeBase.Cli;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Cli;

/// <summary>
/// A build that renders every page of a large site, and `check` and `serve` of one, run with the collector compacting,
/// so that their memory stays bounded; every other build runs with the runtime's default, which costs a one-article
/// build less processor time. Whether a build will render every page is told from its build cache before loading.
/// </summary>
public sealed class CompactingCollectorRestartTests
{
    [Fact]
    public void A_clean_build_of_a_large_site_restarts_with_the_collector_compacting_and_says_so()
    {
        using var site = new TestSite();
        AddArticleFiles(site, CompactingCollectorRestart.LargeSiteArticles);

        using var build = GeneratorProcess.Start(site, "build", "--output", site.Output, "--timings");
        var output = build.StandardOutput.ReadToEnd();
        build.WaitForExit();

        // The added files are not articles, so the build stops on content errors, after the timings.
        build.ExitCode.ShouldBe(1, output);
        output.ShouldContain("Collector GCConserveMemory 8 (set by DOTNET_GCConserveMemory)");
    }

    [Fact]
    public void A_build_of_a_large_site_that_finds_its_build_cache_keeps_the_runtime_s_default()
    {
        using var site = LargeSiteWithBuildCache();

        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeFalse();
        Directory.Delete(Path.Combine(site.Root, ".cache", "builds"), recursive: true);
        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeTrue();
    }

    [Fact]
    public void A_build_of_a_large_site_after_an_article_s_edit_or_a_new_article_keeps_the_runtime_s_default()
    {
        using var site = LargeSiteWithBuildCache();
        File.AppendAllText(Path.Combine(site.Root, "content/articles/sample.md"), "\nOne more sentence.\n");
        site.Write("content/articles/another.md", "not an article\n");

        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeFalse();
    }

    [Theory]
    [InlineData("templates/layout.html")]
    [InlineData("site.yml")]
    [InlineData("content/glossary.yml")]
    [InlineData("content/people.yml")]
    [InlineData("i18n/en.yml")]
    public void A_build_of_a_large_site_after_an_edit_of_a_file_every_page_is_made_from_restarts(string file)
    {
        using var site = LargeSiteWithBuildCache();
        // One byte more: a change an editor would make, whatever the file's time.
        File.AppendAllText(Path.Combine(site.Root, file), "\n");

        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeTrue();
    }

    [Theory]
    [InlineData("content/pages/new-page.md")]
    [InlineData("content/articles/sample.es.md")]
    [InlineData("templates/new-part.html")]
    public void A_build_of_a_large_site_after_a_file_every_page_is_made_from_came_restarts(string file)
    {
        using var site = LargeSiteWithBuildCache();
        site.Write(file, "new\n");

        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeTrue();
    }

    [Fact]
    public void A_build_of_a_large_site_after_a_file_every_page_is_made_from_went_restarts()
    {
        using var site = LargeSiteWithBuildCache();
        File.Delete(Path.Combine(site.Root, "content/glossary.yml"));

        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeTrue();
    }

    [Fact]
    public void A_build_of_a_large_site_with_other_options_than_its_build_cache_s_restarts()
    {
        using var site = LargeSiteWithBuildCache();

        CompactingCollectorRestart.WantedForBuild(Options(site) with { BaseUrlOverride = new Uri("https://elsewhere.example/") }, TestSite.Clock).ShouldBeTrue();
        CompactingCollectorRestart.WantedForBuild(Options(site) with { IncludeDrafts = true }, TestSite.Clock).ShouldBeTrue();
        CompactingCollectorRestart.WantedForBuild(Options(site) with { Precompress = true }, TestSite.Clock).ShouldBeTrue();
    }

    [Fact]
    public void A_build_cache_of_another_generator_or_Pagefind_tells_that_every_page_will_be_rendered()
    {
        using var site = LargeSiteWithBuildCache();

        new BuildCache(Options(site), "another Pagefind").WhyEveryPageWillBeRendered(Today).ShouldBe("the build cache is from another version of the generator or of Pagefind");
    }

    [Fact]
    public void A_build_of_a_large_site_whose_previous_output_is_gone_restarts()
    {
        using var site = LargeSiteWithBuildCache();
        Directory.Delete(site.Output, recursive: true);

        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeTrue();
    }

    [Fact]
    public void A_build_of_a_large_site_on_the_day_after_its_build_cache_s_restarts()
    {
        using var site = LargeSiteWithBuildCache();

        CompactingCollectorRestart.WantedForBuild(Options(site), new FixedClock(TestSite.Today.AddDays(1))).ShouldBeTrue();
    }

    [Fact]
    public void A_build_of_a_large_site_whose_build_cache_has_no_record_of_its_inputs_restarts()
    {
        using var site = LargeSiteWithBuildCache();
        foreach (var record in Directory.EnumerateFiles(Path.Combine(site.Root, ".cache", "builds"), "*.inputs"))
        {
            File.Delete(record);
        }

        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeTrue();
    }

    [Fact]
    public void Check_and_serve_of_a_large_site_run_with_the_collector_compacting_even_with_a_build_cache()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        AddArticleFiles(site, CompactingCollectorRestart.LargeSiteArticles);

        CompactingCollectorRestart.WantedFor(site.Root).ShouldBeTrue();
    }

    [Fact]
    public void A_clean_build_of_a_site_just_under_the_large_size_keeps_the_runtime_s_default()
    {
        using var site = new TestSite(withSampleArticle: false);
        AddArticleFiles(site, CompactingCollectorRestart.LargeSiteArticles - 1);

        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeFalse();
        CompactingCollectorRestart.WantedFor(site.Root).ShouldBeFalse();
        site.Write("content/articles/one-more.md", "not an article\n");
        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeTrue();
    }

    private static DateOnly Today => DateOnly.FromDateTime(TestSite.Today.UtcDateTime);

    private static BuildOptions Options(TestSite site) => new(site.Root, site.Output);

    /// <summary>
    /// A site built once, then given as many article files as a large site has (not articles: the decision reads no
    /// article), with nothing else changed: its next build would reuse pages.
    /// </summary>
    private static TestSite LargeSiteWithBuildCache()
    {
        var site = new TestSite();
        site.Write("content/glossary.yml", "- term: Cannula\n  definition: A thin tube with a blunt tip.\n");
        site.Build().Succeeded.ShouldBeTrue();
        AddArticleFiles(site, CompactingCollectorRestart.LargeSiteArticles);
        CompactingCollectorRestart.WantedForBuild(Options(site), TestSite.Clock).ShouldBeFalse();
        return site;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>
    /// Gives the site <paramref name="count"/> article files, each a hard link to one file "not an article": creating a
    /// file costs a new inode, thousands of which took most of this class's time, where a link to one costs a directory entry.
    /// </summary>
    private static void AddArticleFiles(TestSite site, int count)
    {
        site.Write("content/articles/extra-0000.md", "not an article\n");
        var first = Path.Combine(site.Root, "content/articles/extra-0000.md");
        for (var i = 1; i < count; i++)
        {
            if (Link(first, Path.Combine(site.Root, $"content/articles/extra-{i:D4}.md")) != 0)
            {
                throw new IOException($"cannot link article file {i} to {first}: error {Marshal.GetLastPInvokeError()}");
            }
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string added);
}

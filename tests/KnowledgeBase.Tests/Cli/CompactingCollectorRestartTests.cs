using KnowledgeBase.Building;
using KnowledgeBase.Cli;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Cli;

/// <summary>
/// A build that renders every page of a large site, and `check` and `serve` of one, run with the collector compacting,
/// so that their memory stays bounded; every other build runs with the runtime's default, which costs a one-article
/// build less processor time.
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
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        AddArticleFiles(site, CompactingCollectorRestart.LargeSiteArticles);

        CompactingCollectorRestart.WantedForBuild(Options(site)).ShouldBeFalse();
        Directory.Delete(Path.Combine(site.Root, ".cache", "builds"), recursive: true);
        CompactingCollectorRestart.WantedForBuild(Options(site)).ShouldBeTrue();
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

        CompactingCollectorRestart.WantedForBuild(Options(site)).ShouldBeFalse();
        CompactingCollectorRestart.WantedFor(site.Root).ShouldBeFalse();
        site.Write("content/articles/one-more.md", "not an article\n");
        CompactingCollectorRestart.WantedForBuild(Options(site)).ShouldBeTrue();
    }

    private static BuildOptions Options(TestSite site) => new(site.Root, site.Output);

    private static void AddArticleFiles(TestSite site, int count)
    {
        for (var i = 0; i < count; i++)
        {
            site.Write($"content/articles/extra-{i:D4}.md", "not an article\n");
        }
    }
}

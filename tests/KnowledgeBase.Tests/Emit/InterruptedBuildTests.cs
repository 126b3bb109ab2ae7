using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

public sealed class InterruptedBuildTests
{
    [Fact]
    public async Task A_build_killed_while_writing_leaves_the_previous_site_intact()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = OutputTree.Hashes(site.Output);
        using var build = await GeneratorProcess.StartBuildCaughtWhileStagingAsync(site);

        build.HasExited.ShouldBeFalse("the build finished before it could be interrupted");
        build.Kill(entireProcessTree: true);
        await build.WaitForExitAsync(TestContext.Current.CancellationToken);

        OutputTree.Hashes(site.Output).ShouldBe(before);
    }

    [Fact]
    public void The_next_build_clears_what_a_killed_build_left_behind()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var deadProcessId = int.MaxValue - 1;
        var leftover = OutputFolderGuard.StagingFolder(site.Output, deadProcessId);
        Directory.CreateDirectory(leftover);
        OutputFolderGuard.Mark(leftover);
        File.WriteAllText(Path.Combine(leftover, "index.html"), "half written");

        site.Build().Succeeded.ShouldBeTrue();

        Directory.Exists(leftover).ShouldBeFalse();
    }

    [Fact]
    public void A_site_retired_by_a_swap_killed_halfway_is_put_back_even_by_a_failing_build()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = OutputTree.Hashes(site.Output);
        Directory.Move(site.Output, Path.Combine(site.Root, $"._site.previous-{int.MaxValue - 1}"));
        site.Write("content/articles/broken.md", "---\ntitle: [\n---\n");

        site.Build().Succeeded.ShouldBeFalse();

        OutputTree.Hashes(site.Output).ShouldBe(before);
    }

    [Fact]
    public void What_a_killed_build_was_staging_becomes_the_tree_the_next_build_starts_from()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var leftover = OutputFolderGuard.StagingFolder(site.Output, int.MaxValue - 1);
        Directory.CreateDirectory(leftover);
        OutputFolderGuard.Mark(leftover);
        File.WriteAllText(Path.Combine(leftover, "index.html"), "staged before the kill");
        var kept = Path.Combine(site.Root, ".cache", "kept");

        OutputWriter.RecoverFromInterruptedBuild(site.Output, kept, new SetAsideFolder(site.Output, DateTime.UtcNow));

        Directory.Exists(leftover).ShouldBeFalse();
        File.ReadAllText(Path.Combine(kept, "index.html")).ShouldBe("staged before the kill");
    }

    [Fact]
    public void A_page_the_disk_refuses_fails_the_build_with_the_path_and_the_reason_and_leaves_the_site_and_nothing_beside_it()
    {
        using var disk = TemporaryDisk.Mount(sizeKilobytes: 2048);
        using var site = new TestSite();
        var options = new BuildOptions(site.Root, Path.Combine(disk.Folder, "_site"), BaseUrlOverride: null, IncludeDrafts: false);
        new SiteBuilder(TestSite.Clock).Build(options).Succeeded.ShouldBeTrue();
        var before = OutputTree.Hashes(options.OutputFolder);
        for (var part = 0; part < 4; part++)
        {
            site.Write($"content/articles/long-{part}.md", TestSite.SampleArticle + string.Concat(Enumerable.Repeat("A sentence that fills the disk with plain words. ", 16_000)));
        }

        var build = new SiteBuilder(TestSite.Clock).Build(options);

        var failure = build.Diagnostics.Where(diagnostic => diagnostic.Severity == Severity.Error).ShouldHaveSingleItem();
        failure.Code.ShouldBe(DiagnosticCode.SiteNotWritten);
        failure.Message.ShouldStartWith("could not write the site; the site of the last good build is left as it was: ");
        failure.Message.ShouldContain(disk.Folder);
        failure.Message.ShouldContain("No space left on device");
        OutputTree.Hashes(options.OutputFolder).ShouldBe(before);
        OutputFolderGuard.BuildLeftovers(options.OutputFolder).ShouldBeEmpty("no staging folder is left beside the output");
    }
}

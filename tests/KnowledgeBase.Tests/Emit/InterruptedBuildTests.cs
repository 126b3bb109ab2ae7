using System.Diagnostics;
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
        for (var i = 0; i < 3000; i++)
        {
            site.Write($"content/articles/extra-{i:D4}.md", TestSite.SampleArticle);
        }

        using var build = StartGenerator(site, "build", "--output", site.Output);
        var staging = Path.Combine(site.Root, $"._site.staging-{build.Id}");
        var deadline = Stopwatch.StartNew();
        while (!Directory.Exists(staging) && !build.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(1, TestContext.Current.CancellationToken);
        }

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

    private static Process StartGenerator(TestSite site, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kb.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--root");
        start.ArgumentList.Add(site.Root);
        return Process.Start(start)!;
    }
}

using System.Diagnostics;

namespace KnowledgeBase.Tests.Support;

/// <summary>Runs the generator as a process of its own on a test site, as an editor's terminal or CI would.</summary>
public static class GeneratorProcess
{
    /// <summary>Starts `kb` with the arguments and the site's --root; what it prints is redirected for the test to read.</summary>
    public static Process Start(TestSite site, params string[] args)
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

    /// <summary>
    /// Adds 3,000 articles to a built site and starts a `build` into its output, returned once the build is staging
    /// pages (or has ended, which the test must check): the moment a kill or a second process would meet it mid-write.
    /// </summary>
    public static async Task<Process> StartBuildCaughtWhileStagingAsync(TestSite site)
    {
        for (var i = 0; i < 3000; i++)
        {
            site.Write($"content/articles/extra-{i:D4}.md", TestSite.SampleArticle);
        }

        var build = Start(site, "build", "--output", site.Output);
        var staging = Path.Combine(site.Root, $"._site.staging-{build.Id}");
        var deadline = Stopwatch.StartNew();
        while (!Directory.Exists(staging) && !build.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(1, TestContext.Current.CancellationToken);
        }

        return build;
    }
}

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
}

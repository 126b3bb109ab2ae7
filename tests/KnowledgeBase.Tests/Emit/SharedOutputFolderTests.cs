using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>Two processes asked to write one output folder at once: the second is refused, and the first's output stays whole.</summary>
public sealed class SharedOutputFolderTests
{
    [Fact]
    public async Task A_build_into_the_folder_serve_previews_is_refused_with_exit_4_naming_serve_and_the_preview_is_left_as_it_was()
    {
        using var site = new TestSite();
        // serve builds drafts and a build does not, so a build that replaced the preview would change it.
        site.Write("content/articles/draft.md", TestSite.WithFrontMatter(TestSite.SampleArticle.Replace("title: What is a sample?", "title: A draft"), "slug: a-draft\ndraft: true"));
        using var serve = GeneratorProcess.Start(site, "serve", "--port", Preview.FreePort().ToString(CultureInfo.InvariantCulture), "--output", site.Output);
        try
        {
            await ReadUntilServingAsync(serve);
            var preview = OutputTree.Hashes(site.Output);
            preview.ShouldContainKey("articles/a-draft/index.html");

            var (exitCode, output) = site.Run("build", "--output", site.Output);

            exitCode.ShouldBe(ExitCodes.OutputFolderBusy, output);
            output.ShouldContain($"will not build the site into {site.Output}: `serve` (process {serve.Id}) is writing into it");
            output.ShouldContain("Nothing was changed.");
            OutputTree.Hashes(site.Output).ShouldBe(preview);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        site.Run("build", "--output", site.Output).ExitCode.ShouldBe(ExitCodes.Ok, "a folder is free again once the process that held it has ended, however it ended");
    }

    [Fact]
    public async Task A_second_build_into_a_folder_a_build_is_writing_is_refused_and_the_live_site_is_untouched()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = OutputTree.Hashes(site.Output);
        using var first = await GeneratorProcess.StartBuildCaughtWhileStagingAsync(site);

        first.HasExited.ShouldBeFalse("the first build finished before a second could be started beside it");
        var (exitCode, output) = site.Run("build", "--output", site.Output);
        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync(TestContext.Current.CancellationToken);

        exitCode.ShouldBe(ExitCodes.OutputFolderBusy, output);
        output.ShouldContain($"`build` (process {first.Id}) is writing into it");
        OutputTree.Hashes(site.Output).ShouldBe(before);
    }

    private static async Task ReadUntilServingAsync(Process serve)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Preview.Patience);
        while (await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("Serving ", StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new InvalidOperationException($"serve ended before serving, with exit code {serve.ExitCode}");
    }
}

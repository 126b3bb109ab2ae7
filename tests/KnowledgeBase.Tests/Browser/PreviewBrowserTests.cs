using System.Diagnostics;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// An editor's `serve` session on the real content, seen through Chromium: edits, a mistake, its fix. The time from
/// saving an edit to the reloaded page is printed (run with --show-live-output on), not asserted: on a machine whose
/// cores are shared it measures the machine's load as much as serve.
/// </summary>
public sealed class PreviewBrowserTests
{
    private const string ArticleFile = "content/articles/mesotherapy-for-fat.md";
    private const string ArticlePage = "articles/mesotherapy-for-fat/";
    private const string Overlay = "#preview-build-problems";

    [Fact]
    public async Task Editing_the_real_content_reloads_the_open_page_and_a_mistake_shows_over_it_until_fixed()
    {
        using var site = TestSite.WithRepositoryContent();
        var original = site.ReadSource(ArticleFile);
        var terminal = new StringWriter();
        await using var preview = await Preview.StartAsync(site, terminal: terminal);
        await using var browserContext = await (await Chromium.SharedAsync()).NewContextAsync();
        var page = await browserContext.NewPageAsync();
        await page.GotoAsync(preview.Http.BaseAddress + ArticlePage);

        var first = await SaveAndTimeReloadAsync(page, site, Edited(original, "First edit while the page is open."));
        var second = await SaveAndTimeReloadAsync(page, site, Edited(original, "Second edit while the page is open."));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"a one-article edit of the real content showed in the browser after {first.Wall.TotalMilliseconds:0} ms (first edit) and " +
            $"{second.Wall.TotalMilliseconds:0} ms (second), serve using {first.ServeProcessor.TotalMilliseconds:0} and " +
            $"{second.ServeProcessor.TotalMilliseconds:0} ms of processor time; serve said: '{LastRebuild(terminal)}'; " +
            $"load average per core {MachineLoad.PerCore():0.0}");
        await Expect(page.Locator("main")).ToContainTextAsync("Second edit while the page is open.");

        site.Write(ArticleFile, TestSite.WithFrontMatter(Edited(original, "Second edit while the page is open."), "sumary: a typo"));
        var problem = $"{ArticleFile}:2:1: error KB003: unknown field 'sumary' (did you mean summary?)";
        await Expect(page.Locator(Overlay)).ToContainTextAsync(problem, new() { Timeout = (float)Preview.Patience.TotalMilliseconds });
        await Expect(page.Locator("main")).ToContainTextAsync("Second edit while the page is open.");

        // Opened again while the content is broken, the page is still the last good version, with the problem over it.
        await page.ReloadAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Second edit while the page is open.");
        await Expect(page.Locator(Overlay)).ToContainTextAsync(problem);

        site.Write(ArticleFile, Edited(original, "Fixed while the page is open."));
        await Expect(page.Locator("main")).ToContainTextAsync("Fixed while the page is open.", new() { Timeout = (float)Preview.Patience.TotalMilliseconds });
        await Expect(page.Locator(Overlay)).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Saves the article and measures until the open page has reloaded with the change: wall time, and the processor
    /// time this process (where serve runs) used meanwhile, the steadier figure when the machine is busy.
    /// </summary>
    private static async Task<(TimeSpan Wall, TimeSpan ServeProcessor)> SaveAndTimeReloadAsync(IPage page, TestSite site, string text)
    {
        await Expect(page.Locator("html[data-preview-live-reload=connected]")).ToHaveCountAsync(1);
        var reloaded = new TaskCompletionSource();
        void OnReloaded(object? sender, IPage loaded) => reloaded.TrySetResult();
        page.DOMContentLoaded += OnReloaded;
        using var process = Process.GetCurrentProcess();
        var processorBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        site.Write(ArticleFile, text);
        await reloaded.Task.WaitAsync(Preview.Patience);
        stopwatch.Stop();
        process.Refresh();
        page.DOMContentLoaded -= OnReloaded;
        return (stopwatch.Elapsed, process.TotalProcessorTime - processorBefore);
    }

    private static string LastRebuild(StringWriter terminal) =>
        terminal.ToString().Split('\n').LastOrDefault(line => line.Contains("Rebuilt ", StringComparison.Ordinal))?.Trim() ?? "";

    private static string Edited(string article, string sentence)
    {
        var body = article.IndexOf("\n---\n", 4, StringComparison.Ordinal) + "\n---\n".Length;
        return article.Insert(body, sentence + "\n\n");
    }
}

using System.Diagnostics;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.Tests.Browser;

/// <summary>An editor's `serve` session on the real content, seen through Chromium: edits, a mistake, its fix.</summary>
public sealed class PreviewBrowserTests
{
    private const string ArticleFile = "content/articles/mesotherapy-for-fat.md";
    private const string ArticlePage = "articles/mesotherapy-for-fat/";
    private const string Overlay = "#preview-build-problems";

    /// <summary>
    /// What an editor expects of a preview: the page in front of them shows a saved edit within a second. That is
    /// on cores of its own; when the machine's cores are shared (the load average per core is above 1), every
    /// process gets a share of the time, so the budget grows in proportion.
    /// </summary>
    private static TimeSpan EditToPage => TimeSpan.FromSeconds(1) * Math.Max(1, MachineLoad.PerCore());

    [Fact]
    public async Task Editing_the_real_content_reloads_the_open_page_within_a_second_and_a_mistake_shows_over_it_until_fixed()
    {
        using var site = TestSite.WithRepositoryContent();
        var original = site.ReadSource(ArticleFile);
        var terminal = new StringWriter();
        await using var preview = await Preview.StartAsync(site, terminal: terminal);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(preview.Http.BaseAddress + ArticlePage);

        var first = await SaveAndTimeReloadAsync(page, site, Edited(original, "First edit while the page is open."));
        var second = await SaveAndTimeReloadAsync(page, site, Edited(original, "Second edit while the page is open."));
        var measured = $"a one-article edit of the real content showed in the browser after {first.TotalMilliseconds:0} ms (first edit) and " +
            $"{second.TotalMilliseconds:0} ms (second); serve said: '{LastRebuild(terminal)}'; load average per core {MachineLoad.PerCore():0.0}";
        TestContext.Current.TestOutputHelper?.WriteLine(measured);
        await Expect(page.Locator("main")).ToContainTextAsync("Second edit while the page is open.");

        site.Write(ArticleFile, TestSite.WithFrontMatter(Edited(original, "Second edit while the page is open."), "sumary: a typo"));
        await Expect(page.Locator(Overlay)).ToContainTextAsync($"{ArticleFile}:2:1: error KB003: unknown field 'sumary' (did you mean summary?)", new() { Timeout = (float)Preview.Patience.TotalMilliseconds });
        await Expect(page.Locator("main")).ToContainTextAsync("Second edit while the page is open.");

        site.Write(ArticleFile, Edited(original, "Fixed while the page is open."));
        await Expect(page.Locator("main")).ToContainTextAsync("Fixed while the page is open.", new() { Timeout = (float)Preview.Patience.TotalMilliseconds });
        await Expect(page.Locator(Overlay)).ToHaveCountAsync(0);

        second.ShouldBeLessThan(EditToPage, measured);
    }

    /// <summary>Saves the article and measures until the open page has reloaded with the change.</summary>
    private static async Task<TimeSpan> SaveAndTimeReloadAsync(IPage page, TestSite site, string text)
    {
        await Expect(page.Locator("html[data-preview-live-reload=connected]")).ToHaveCountAsync(1);
        var reloaded = new TaskCompletionSource();
        void OnReloaded(object? sender, IPage loaded) => reloaded.TrySetResult();
        page.DOMContentLoaded += OnReloaded;
        var stopwatch = Stopwatch.StartNew();
        site.Write(ArticleFile, text);
        await reloaded.Task.WaitAsync(Preview.Patience);
        stopwatch.Stop();
        page.DOMContentLoaded -= OnReloaded;
        return stopwatch.Elapsed;
    }

    private static string LastRebuild(StringWriter terminal) =>
        terminal.ToString().Split('\n').LastOrDefault(line => line.Contains("files changed", StringComparison.Ordinal))?.Trim() ?? "";

    private static string Edited(string article, string sentence)
    {
        var body = article.IndexOf("\n---\n", 4, StringComparison.Ordinal) + "\n---\n".Length;
        return article.Insert(body, sentence + "\n\n");
    }
}

using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Building;
using KnowledgeBase.Serve;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Serve;

/// <summary>
/// `serve` under the way editors' tools really save: by renaming a temporary file over the original, with swap,
/// probe and backup files beside it, many times in a row, while a rebuild is running, and with a template broken and
/// then mended. Each test ends on the site a clean build of the same content makes, search index included (serve
/// swaps a fresh index into place after the pages, so the comparison waits for it).
/// </summary>
public sealed class EditorHabitsTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly StringWriter _terminal = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Saving_by_renaming_a_temporary_file_over_the_article_rebuilds_it()
    {
        await using var preview = await Preview.StartAsync(_site, terminal: _terminal);

        // VS Code's atomic save: the new text goes to a temporary file beside the target, which is then renamed over it.
        SaveByRename("content/articles/sample.md", ".vsctmp", Edited("Saved by rename."));

        await Preview.Eventually(async () => (await Page(preview)).Contains("Saved by rename."));
        await ShouldSettleOnACleanBuildAsync();
    }

    [Fact]
    public async Task Swap_probe_lock_and_backup_files_are_neither_built_nor_reported()
    {
        await using var preview = await Preview.StartAsync(_site, terminal: _terminal);

        // vim with 'backup' and 'writebackup' on a Markdown file and on a stylesheet: the swap file stays while the file is open,
        // the probe file comes and goes, the original is renamed to the backup and the new text written in its place.
        foreach (var (file, text) in new[] { ("content/articles/sample.md", Edited("Saved by vim.")), ("templates/assets/embed.css", "body { margin: 0; }\n") })
        {
            var folder = Path.GetDirectoryName(file)!;
            var name = Path.GetFileName(file);
            _site.Write($"{folder}/.{name}.swp", "b0VIM 9.1 swap");
            _site.Write($"{folder}/.{name}.swx", "b0VIM 9.1 swap");
            _site.Write($"{folder}/4913", "");
            File.Delete(Path.Combine(_site.Root, folder, "4913"));
            File.Move(Path.Combine(_site.Root, file), Path.Combine(_site.Root, file + "~"));
            _site.Write(file, text);
        }

        // Emacs beside it: a lock that is a link to nowhere, and an auto-save file.
        File.CreateSymbolicLink(Path.Combine(_site.Root, "content/articles/.#sample.md"), "editor@host.4242:1700000000");
        _site.Write("content/articles/#sample.md#", Edited("Auto-saved by Emacs."));

        await Preview.Eventually(async () => (await Page(preview)).Contains("Saved by vim."));
        await ShouldSettleOnACleanBuildAsync();
        OutputTree.Hashes(_site.Output).Keys.ShouldNotContain(path => path.Contains(".swp", StringComparison.Ordinal) || path.Contains(".swx", StringComparison.Ordinal)
            || path.Contains('~') || path.Contains("4913", StringComparison.Ordinal) || path.Contains('#'));
        (await Page(preview)).ShouldNotContain("Auto-saved by Emacs.");
        _terminal.ToString().ShouldNotContain(": error ");
        _terminal.ToString().ShouldNotContain("could not");
        (await ProblemsShownToANewPageAsync(preview)).ShouldBe("data: []");
    }

    [Fact]
    public async Task Writing_swap_and_probe_files_starts_no_rebuild()
    {
        await using var preview = await Preview.StartAsync(_site, terminal: _terminal);

        // vim writes its swap file every few seconds while the editor types, and probes a folder before writing into it.
        for (var keystrokes = 0; keystrokes < 3; keystrokes++)
        {
            _site.Write("content/articles/.sample.md.swp", $"b0VIM 9.1 swap {keystrokes}");
            _site.Write("templates/4913", "");
            File.Delete(Path.Combine(_site.Root, "templates/4913"));
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        await Task.Delay(300, TestContext.Current.CancellationToken);
        _site.Write("content/articles/sample.md", Edited("Written at last."));

        // Every rebuild after the first refreshes the search index last: once each has, none is left running.
        await Preview.Eventually(async () => (await Page(preview)).Contains("Written at last.")
            && Regex.Count(_terminal.ToString(), "Search index updated") is var indexed and > 0 && indexed == Regex.Count(_terminal.ToString(), "Rebuilt ") - 1);
        Regex.Count(_terminal.ToString(), "Rebuilt ").ShouldBe(2, "the first build and the one for the save");
    }

    [Fact]
    public async Task A_burst_of_fifty_saves_never_serves_a_partial_page_and_ends_on_the_last_save()
    {
        await using var preview = await Preview.StartAsync(_site, terminal: _terminal);
        using var stopPolling = new CancellationTokenSource();
        var polling = PollWholePagesAsync(preview, stopPolling.Token);

        // Saves in place and by rename, some back to back and some far enough apart that each starts a rebuild of its own.
        for (var save = 1; save <= 50; save++)
        {
            var text = Edited($"Save number {save}.");
            if (save % 2 == 0)
            {
                SaveByRename("content/articles/sample.md", ".vsctmp", text);
            }
            else
            {
                _site.Write("content/articles/sample.md", text);
            }

            await Task.Delay(save % 5 * 40, TestContext.Current.CancellationToken);
        }

        await Preview.Eventually(async () => (await Page(preview)).Contains("Save number 50."));
        await stopPolling.CancelAsync();
        (await polling).ShouldBeGreaterThan(0);
        await ShouldSettleOnACleanBuildAsync();
        // However fast the machine, the ten saves followed at once by another start no rebuild of their own: at most one
        // rebuild for each of the other forty, after the first build. Saves made while a rebuild runs wait for one after it.
        Regex.Count(_terminal.ToString(), "Rebuilt ").ShouldBeLessThanOrEqualTo(41);
    }

    [Fact]
    public async Task A_save_written_in_place_in_two_steps_shows_no_problem_while_it_is_half_written()
    {
        await using var preview = await Preview.StartAsync(_site, terminal: _terminal);
        using var events = await LiveReloadEventsAsync(preview);
        await Preview.ReadUntilAsync(events, line => line == "data: []");
        var text = Edited("Written in two steps.");
        var frontMatterHalf = text.IndexOf("summary:", StringComparison.Ordinal);

        // An editor that truncates the file and writes it in two pieces: a rebuild starting in between reads a front
        // matter that never closes, which is a problem of the moment, not of the article.
        await using (var file = new FileStream(Path.Combine(_site.Root, "content/articles/sample.md"), FileMode.Truncate, FileAccess.Write))
        {
            await file.WriteAsync(Encoding.UTF8.GetBytes(text[..frontMatterHalf]), TestContext.Current.CancellationToken);
            await file.FlushAsync(TestContext.Current.CancellationToken);
            await Task.Delay(150, TestContext.Current.CancellationToken);
            await file.WriteAsync(Encoding.UTF8.GetBytes(text[frontMatterHalf..]), TestContext.Current.CancellationToken);
        }

        var shown = await Preview.ReadUntilAsync(events, line => line == "event: reload" || line.StartsWith("data: [\"", StringComparison.Ordinal));
        shown.ShouldBe("event: reload", "the page reloads with the whole save and never shows the half-written one's problem");
        (await Page(preview)).ShouldContain("Written in two steps.");
        _terminal.ToString().ShouldNotContain(": error ");
    }

    [Fact]
    public async Task Articles_deleted_or_renamed_while_a_rebuild_runs_leave_the_site_a_clean_build_makes()
    {
        for (var article = 0; article < 6; article++)
        {
            _site.Write($"content/articles/other-{article}.md", Other(article));
        }

        await using var preview = await Preview.StartAsync(_site, terminal: _terminal);

        // Each edit starts a rebuild; the delete or rename follows it by a different delay, so that some land while it loads the
        // content and some while it writes the pages. The edit is saved by rename, so that a rebuild never reads it half
        // written: the files that vanish mid-rebuild are only the ones deleted or renamed.
        for (var article = 0; article < 6; article++)
        {
            SaveByRename("content/articles/sample.md", ".vsctmp", Edited($"Edit number {article}."));
            await Task.Delay(60 + article * 50, TestContext.Current.CancellationToken);
            var path = Path.Combine(_site.Root, $"content/articles/other-{article}.md");
            if (article % 2 == 0)
            {
                File.Delete(path);
            }
            else
            {
                File.Move(path, Path.Combine(_site.Root, $"content/articles/renamed-{article}.md"));
            }
        }

        await Preview.Eventually(async () => (await preview.Http.GetAsync("/articles/renamed-5/", TestContext.Current.CancellationToken)).IsSuccessStatusCode);
        await ShouldSettleOnACleanBuildAsync();
        (await preview.Http.GetAsync("/articles/other-4/", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        _terminal.ToString().ShouldNotContain("could not");
    }

    [Fact]
    public async Task A_broken_template_is_shown_over_open_pages_until_it_is_mended()
    {
        await using var preview = await Preview.StartAsync(_site, terminal: _terminal);
        using var events = await LiveReloadEventsAsync(preview);
        var layout = _site.ReadSource("templates/layout.html");

        _site.Write("templates/layout.html", layout.Replace("</body>", "{{ if page.title }}</body>", StringComparison.Ordinal));
        var problems = await Preview.ReadUntilAsync(events, line => line.StartsWith("data: [\"templates/layout.html", StringComparison.Ordinal));
        (await Page(preview)).ShouldContain("This article is for testing.", customMessage: "the last good page stays served");

        _site.Write("templates/layout.html", layout);
        await Preview.ReadUntilAsync(events, line => line == "event: reload");

        problems.ShouldContain("error KB015");
        (await ProblemsShownToANewPageAsync(preview)).ShouldBe("data: []", "a page opened after the fix shows no problems");
        await ShouldSettleOnACleanBuildAsync();
    }

    /// <summary>The article page, or nothing while it is missing (an editor's rename-away save can catch a rebuild without it).</summary>
    private static async Task<string> Page(Preview preview)
    {
        using var response = await preview.Http.GetAsync("/articles/sample/", TestContext.Current.CancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken) : "";
    }

    private static async Task<StreamReader> LiveReloadEventsAsync(Preview preview) =>
        new(await preview.Http.GetStreamAsync(PreviewServer.LiveReloadPath, TestContext.Current.CancellationToken));

    /// <summary>The problems line a page that opens now is sent first.</summary>
    private static async Task<string> ProblemsShownToANewPageAsync(Preview preview)
    {
        using var events = await LiveReloadEventsAsync(preview);
        return await Preview.ReadUntilAsync(events, line => line.StartsWith("data:", StringComparison.Ordinal));
    }

    private static string Edited(string body) => TestSite.SampleArticle.Replace("Small injections into the skin.", body, StringComparison.Ordinal);

    private static string Other(int number) => TestSite.SampleArticle
        .Replace("What is a sample?", $"What is sample number {number}?", StringComparison.Ordinal)
        .Replace(" It links to [itself](/articles/sample/).", "", StringComparison.Ordinal);

    /// <summary>Writes the text to a temporary name beside the file, then renames it over the file, as atomic saves do.</summary>
    private void SaveByRename(string relativePath, string temporarySuffix, string text)
    {
        var temporary = _site.Write(relativePath + temporarySuffix, text);
        File.Move(temporary, Path.Combine(_site.Root, relativePath), overwrite: true);
    }

    /// <summary>Asks for the article page over and over until stopped, failing on any answer that is not a whole page; returns how many it got.</summary>
    private static async Task<int> PollWholePagesAsync(Preview preview, CancellationToken stop)
    {
        var pages = 0;
        while (!stop.IsCancellationRequested)
        {
            using var response = await preview.Http.GetAsync("/articles/sample/", TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            html.ShouldStartWith("<!DOCTYPE html>", Case.Insensitive);
            html.TrimEnd().ShouldEndWith("</html>");
            pages++;
        }

        return pages;
    }

    /// <summary>
    /// Waits until the served output folder is byte for byte what a clean build of a copy of the site's sources makes, as serve
    /// builds (drafts included). A copy, so that the clean build shares no cache with the running server.
    /// </summary>
    private async Task ShouldSettleOnACleanBuildAsync()
    {
        using var copy = new TestSite(withSampleArticle: false);
        foreach (var folder in new[] { "content", "templates", "i18n" })
        {
            Directory.Delete(Path.Combine(copy.Root, folder), recursive: true);
            CopyFolder(Path.Combine(_site.Root, folder), Path.Combine(copy.Root, folder));
        }

        File.Copy(Path.Combine(_site.Root, "site.yml"), Path.Combine(copy.Root, "site.yml"), overwrite: true);

        var clean = new SiteBuilder(TestSite.Clock).Build(new BuildOptions(copy.Root, copy.Output, IncludeDrafts: true));
        clean.Succeeded.ShouldBeTrue(string.Join('\n', clean.Diagnostics));
        var expected = Listing(copy.Output);
        var served = new List<string>();
        try
        {
            await Preview.Eventually(() =>
            {
                served = Listing(_site.Output);
                return Task.FromResult(served.SequenceEqual(expected));
            });
        }
        catch (ShouldAssertException)
        {
            served.ShouldBe(expected, $"the served site never matched a clean build; the terminal said:\n{_terminal}");
        }
    }

    private static List<string> Listing(string folder)
    {
        try
        {
            return OutputTree.Hashes(folder).Select(file => $"{file.Key} {file.Value}").Order(StringComparer.Ordinal).ToList();
        }
        catch (IOException)
        {
            // A file was replaced or the search index swapped while it was being read: not settled yet.
            return [];
        }
    }

    /// <summary>Copies files and links as they are, so that a link to nowhere (an Emacs lock) is copied too.</summary>
    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var entry in new DirectoryInfo(source).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, entry.FullName));
            if (entry.LinkTarget is { } linkTarget)
            {
                File.CreateSymbolicLink(destination, linkTarget);
            }
            else if (entry is DirectoryInfo)
            {
                Directory.CreateDirectory(destination);
            }
            else
            {
                File.Copy(entry.FullName, destination);
            }
        }
    }
}

using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using KnowledgeBase.Content;
using KnowledgeBase.Emit;

namespace KnowledgeBase.Index;

/// <summary>
/// The index stage: runs Pagefind (the npm package pinned in package.json) over a freshly emitted site, so
/// that the site's search page can search it. It runs on the staging folder before the swap, so a failed
/// index never leaves a half-built site. Pagefind only indexes elements marked data-pagefind-body.
/// </summary>
public sealed class PagefindIndexer(string siteRoot)
{
    /// <summary>The npm package's command-line entry point, relative to the folder holding node_modules.</summary>
    private static readonly string PagefindCli = Path.Combine("node_modules", "pagefind", "lib", "runner", "bin.cjs");

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Indexes a freshly written site, writing the index into its pagefind/ folder over what an earlier index left there
    /// (<see cref="EarlierIndexFiles"/>), so that the folder ends holding what Pagefind makes in an empty one. Nothing may
    /// write into a file left there: the folder's files may be other names of the live output's. Returns how many files
    /// of the earlier index the new one kept.
    /// </summary>
    public int Index(string siteFolder)
    {
        var folder = Path.Combine(siteFolder, SiteUrls.PagefindFolder);
        var earlier = EarlierIndexFiles.Prepare(folder);
        RunPagefind(siteFolder, "--output-subdir", SiteUrls.PagefindFolder, CancellationToken.None);
        var kept = earlier.Count;
        if (kept > 0 && !FitsNewIndex(earlier, siteFolder))
        {
            SiteFolder.DeleteIfPresent(folder);
            RunPagefind(siteFolder, "--output-subdir", SiteUrls.PagefindFolder, CancellationToken.None);
            kept = 0;
        }

        Split(folder);
        return kept;
    }

    /// <summary>Whether the earlier files Pagefind left in place are the ones it named; an earlier file it cannot read is not.</summary>
    private static bool FitsNewIndex(EarlierIndexFiles earlier, string siteFolder)
    {
        try
        {
            return earlier.FitNewIndex(siteFolder);
        }
        catch (Exception unreadable) when (IsUnreadableIndex(unreadable))
        {
            return false;
        }
    }

    /// <summary>
    /// Indexes a live site again (serve, after an incremental rebuild): the new index is written into a hidden folder
    /// of the site and swapped in for the old one, because Pagefind writing over an index leaves the old index's files
    /// behind. Both hidden folders stay inside the site, the one folder a build may replace. A file put into the old
    /// index's folder by hand moves into the new one, never deleted with the old index: the next build sets it aside
    /// with a warning (KB102). Cancelled, it stops Pagefind and leaves the old index in place.
    /// </summary>
    public void Reindex(string siteFolder, CancellationToken cancellation)
    {
        var site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteFolder));
        var index = Path.Combine(site, SiteUrls.PagefindFolder);
        var fresh = Path.Combine(site, $".{SiteUrls.PagefindFolder}.fresh-{Environment.ProcessId}");
        var retired = Path.Combine(site, $".{SiteUrls.PagefindFolder}.retired-{Environment.ProcessId}");
        try
        {
            RunPagefind(site, "--output-path", fresh, cancellation);
            Split(fresh);
            MoveFilesAddedByHand(site, index, fresh);
            AtomicFolderSwap.Swap(fresh, index, retired);
        }
        finally
        {
            SiteFolder.DeleteIfPresent(fresh);
            SiteFolder.DeleteIfPresent(retired);
        }
    }

    /// <summary>Moves each file of the index's folder that Pagefind did not write into the same place in the new index.</summary>
    private static void MoveFilesAddedByHand(string site, string index, string fresh)
    {
        if (!Directory.Exists(index))
        {
            return;
        }

        var files = Directory.EnumerateFiles(index, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint });
        foreach (var file in files.Where(file => !BuiltFiles.IsSearchIndexFile(Path.GetRelativePath(site, file).Replace('\\', '/'))).ToList())
        {
            var destination = Path.Combine(fresh, Path.GetRelativePath(index, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(file, destination);
        }
    }

    /// <summary>
    /// Names the Pagefind this indexer runs (a hash of its package.json), so that an index is reused only by the
    /// same Pagefind that made it.
    /// </summary>
    public string Identity() =>
        FindCli() is { } cli && Path.Combine(cli[..^PagefindCli.Length], "node_modules", "pagefind", "package.json") is var package && File.Exists(package)
            ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(package)))
            : "no Pagefind";

    /// <summary>Whether Pagefind indexes this page: the site marks what to index, and pages without a mark are left out.</summary>
    public static bool Indexes(ReadOnlySpan<byte> html) => html.IndexOf("data-pagefind-body"u8) >= 0;

    /// <summary>Runs Pagefind over the site, writing its index where the option says.</summary>
    private void RunPagefind(string siteFolder, string outputOption, string outputFolder, CancellationToken cancellation)
    {
        var cli = FindCli() ?? throw new SearchIndexException(
            "Pagefind is not installed, so the search index cannot be built. Run 'npm ci' in the repository root " +
            "(building the generator with 'dotnet build' does this when node_modules is missing).");
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { cli, "--site", siteFolder, outputOption, outputFolder, "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new SearchIndexException(
                "Node.js is needed to build the search index, but 'node' was not found. Install Node.js 20 or later " +
                "(https://nodejs.org/, or 'apt-get install nodejs npm'), then run 'npm ci' in the repository root.");
        }

        using (process)
        using (cancellation.Register(() => StopQuietly(process)))
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new SearchIndexException($"Pagefind did not finish within {Timeout.TotalMinutes} minutes.");
            }

            cancellation.ThrowIfCancellationRequested();

            if (process.ExitCode != 0)
            {
                throw new SearchIndexException($"Pagefind failed (exit code {process.ExitCode}): {errors.Result.Trim()} {output.Result.Trim()}".Trim());
            }
        }
    }

    /// <summary>Splits the parts of the index Pagefind wrote (<see cref="IndexPartSplitter"/>).</summary>
    private static void Split(string indexFolder)
    {
        try
        {
            IndexPartSplitter.Split(indexFolder);
        }
        catch (Exception unreadable) when (IsUnreadableIndex(unreadable))
        {
            throw new SearchIndexException($"Pagefind wrote an index this generator cannot read to split its parts ({unreadable.Message}); " +
                "check that node_modules holds the Pagefind version package.json names ('npm ci').");
        }
    }

    /// <summary>What reading an index file of another shape than the one this generator knows throws.</summary>
    private static bool IsUnreadableIndex(Exception failure) =>
        failure is InvalidDataException or IndexOutOfRangeException or ArgumentOutOfRangeException or KeyNotFoundException or InvalidOperationException or JsonException or EndOfStreamException or FormatException or OverflowException;

    /// <summary>
    /// Stops Pagefind when the refresh is stopped. It may have ended on its own a moment before, and then there is nothing
    /// to stop: an exception here would reach whoever stopped the refresh (serve's rebuild loop) instead.
    /// </summary>
    private static void StopQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ended) when (ended is InvalidOperationException or AggregateException or Win32Exception)
        {
            // Already exited, or its children had.
        }
    }

    /// <summary>
    /// node_modules lives in the repository root. A site may be built from elsewhere (tests build throwaway
    /// sites in a temporary folder), so look above the site first, then above the generator itself.
    /// </summary>
    private string? FindCli() =>
        new[] { Path.GetFullPath(siteRoot), AppContext.BaseDirectory }
            .SelectMany(Ancestors)
            .Select(folder => Path.Combine(folder, PagefindCli))
            .FirstOrDefault(File.Exists);

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            yield return current.FullName;
        }
    }
}

using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// The emit stage: writes the whole site into a staging folder beside the output, then swaps it into place,
/// so a failed or interrupted build never leaves a half-written site and readers see the old site or the new.
/// </summary>
public static class OutputWriter
{
    /// <summary>Clears up after an earlier build that was killed while emitting; runs before every build.</summary>
    public static void RecoverFromInterruptedBuild(string outputFolder) =>
        AtomicFolderSwap.RepairAfterInterruptedBuild(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder)));

    /// <summary>
    /// Creates a staging folder beside the output, marks it as a build's output (<see cref="OutputFolderGuard"/>), and
    /// lets <paramref name="fillStaging"/> write the site into it (the render stage streams pages there, the index stage
    /// adds the search index). If it returns true the staging folder is swapped into place; if it returns false or
    /// throws, it is deleted and the previous output stays.
    /// </summary>
    /// <remarks>
    /// The output a swap replaces is kept in <paramref name="keptFolder"/> rather than deleted, and the next build starts
    /// its staging folder from it (<see cref="FolderSink.Into"/>): the two trees share every file that did not change
    /// between them, so a build replaces only what changed instead of making and deleting the whole tree. A kept folder
    /// that is a link, or holds files no build wrote, is neither used nor deleted; one that cannot be moved (another
    /// file system) is not kept.
    /// </remarks>
    public static bool Write(string outputFolder, string keptFolder, PreviousOutput? previous, Func<FolderSink, bool> fillStaging)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var staging = OutputFolderGuard.StagingFolder(output, Environment.ProcessId);
        var retired = OutputFolderGuard.RetiredFolder(output, Environment.ProcessId);
        try
        {
            SiteFolder.DeleteIfPresent(staging);
            if (IsOwnedFolder(keptFolder))
            {
                TryMove(keptFolder, staging);
            }

            Directory.CreateDirectory(staging);
            var sink = FolderSink.Into(staging, previous);
            OutputFolderGuard.Mark(staging);
            if (!fillStaging(sink))
            {
                return false;
            }

            AtomicFolderSwap.Swap(staging, output, retired);
        }
        finally
        {
            SiteFolder.DeleteIfPresent(staging);
        }

        if (!TryMove(retired, keptFolder))
        {
            SiteFolder.DeleteIfPresent(retired);
        }

        return true;
    }

    private static bool IsOwnedFolder(string folder) =>
        Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is null && OutputFolderGuard.IsOwned(folder);

    /// <summary>Renames a folder if it is there and the destination is free and on the same file system; false when it was not moved.</summary>
    private static bool TryMove(string folder, string destination)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            Directory.Move(folder, destination);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// Brings a live output folder up to date in place after an incremental rebuild (serve): each changed file is
    /// written beside its name and moved over it, so a page being served is always whole, and files the site no
    /// longer has are deleted with the folders they leave empty. A rendered file whose bytes are already there is
    /// not written again: some outputs (assets, the sitemap, the feed) are rendered on every rebuild, and comparing them
    /// costs far less than writing and renaming them.
    /// </summary>
    public static void Update(string outputFolder, IEnumerable<OutputFile> changed, IEnumerable<string> removed)
    {
        var output = Path.GetFullPath(outputFolder);
        foreach (var file in changed)
        {
            var path = Path.Combine(output, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            FileReplacement.WriteIfChanged(path, file.Bytes);
        }

        foreach (var relativePath in removed)
        {
            var path = Path.Combine(output, relativePath);
            File.Delete(path);
            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > output.Length && !Directory.EnumerateFileSystemEntries(folder).Any();
                 folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
    }
}

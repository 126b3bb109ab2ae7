using KnowledgeBase.Content;
using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// The emit stage: writes the whole site into a staging folder beside the output, then swaps it into place,
/// so a failed or interrupted build never leaves a half-written site and readers see the old site or the new.
/// </summary>
public static class OutputWriter
{
    /// <summary>
    /// Clears up after an earlier build that was killed while emitting; runs before every build. What it was staging
    /// becomes the kept folder when there is none, so the next build still replaces only what changed (but for its search
    /// index, which the kill may have cut short); a leftover that cannot be kept is deleted once what no build wrote in it
    /// is set aside.
    /// </summary>
    public static void RecoverFromInterruptedBuild(string outputFolder, string keptFolder, SetAsideFolder setAside) =>
        AtomicFolderSwap.RepairAfterInterruptedBuild(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder)), leftover =>
        {
            DeleteUnvouchedSearchIndex(leftover, previous: null);
            if (!TryMove(leftover, keptFolder))
            {
                RetireOldOutput(leftover, keptFolder, BuiltFiles.Read(BuiltFilesRecord(keptFolder)), null, null, setAside);
            }
        });

    /// <summary>
    /// Creates a staging folder beside the output, marks it as a build's output (<see cref="OutputFolderGuard"/>), and
    /// lets <paramref name="fillStaging"/> write the site into it (the render stage streams pages there, the index stage
    /// adds the search index). If it returns true the staging folder is swapped into place; if it returns false or
    /// throws (the disk is full, say), the previous output stays and the staging folder is kept for the next build.
    /// </summary>
    /// <remarks>
    /// The output a swap replaces is kept in <paramref name="keptFolder"/> rather than deleted, and the next build starts
    /// its staging folder from it (<see cref="FolderSink.Into"/>): the two trees share every file that did not change
    /// between them, so a build replaces only what changed instead of making and deleting the whole tree. A failed
    /// build's staging folder is kept the same way: it started from the kept folder, and the next build trusts only its
    /// files that are still the previous output's. A kept folder that is a link, or holds no build's marker, is
    /// neither used nor deleted; one that cannot be moved (another file system) is not kept.
    /// What was put into the output by hand is never deleted: once the swap has taken the old output off the site, each
    /// of its files that <paramref name="liveBuilt"/> (the files the build of the live output wrote) does not name is
    /// moved to <paramref name="setAside"/> before the tree is kept, unless this build wrote a file at the same path
    /// (serve writes pages in place, outside any record; and <c>.cache/</c> may have been deleted, record and all).
    /// A record beside the kept folder names the files builds wrote in the tree kept there (or in this build's staging
    /// folder, which a killed build leaves for the next to keep), so that a build killed before it set a file aside
    /// leaves it for the next build, which sets aside what that record does not name; without it, the files
    /// <paramref name="liveBuilt"/> names, and without either, the whole tree.
    /// </remarks>
    public static bool Write(string outputFolder, string keptFolder, PreviousOutput? previous, BuiltFiles? liveBuilt, SetAsideFolder setAside, Func<FolderSink, bool> fillStaging)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var staging = OutputFolderGuard.StagingFolder(output, Environment.ProcessId);
        var retired = OutputFolderGuard.RetiredFolder(output, Environment.ProcessId);
        var record = BuiltFilesRecord(keptFolder);
        string? replaced;
        BuiltFiles oldBuilt;
        TreeListing? liveListing;
        try
        {
            SiteFolder.DeleteIfPresent(staging);
            var built = BuiltFiles.Every;
            TreeListing? listing = null;
            if (IsOwnedFolder(keptFolder))
            {
                // Read where the tree is, and forgotten before it moves: no record is read twice.
                listing = TreeListing.Read(KeptListingRecord(keptFolder), keptFolder);
                CacheFile.TryDelete(KeptListingRecord(keptFolder));
                if (!TryMove(keptFolder, staging))
                {
                    listing = null;
                }
                else
                {
                    var kept = BuiltFiles.Read(record);
                    built = kept is null ? liveBuilt : liveBuilt is null ? kept : kept.And(liveBuilt);
                    if (built is null)
                    {
                        setAside.MoveWhole(staging);
                        built = BuiltFiles.Every;
                        listing = null;
                    }
                }
            }

            Directory.CreateDirectory(staging);
            OutputFolderGuard.Mark(staging);
            var sink = FolderSink.Into(staging, previous, built, setAside, listing);
            BuiltFiles.Keep(record, BuiltFiles.Every);
            if (!fillStaging(sink))
            {
                KeepStaging(staging, keptFolder);
                return false;
            }

            // The swap leaves the new output or the old one under the staging name (where a kill leaves it for the next
            // build to keep), so the record names the files of both. This build's own files vouch for the old output's
            // at the same paths: serve writes pages into the live output outside any build's record.
            var staged = BuiltFiles.Of(sink.Manifest());
            oldBuilt = liveBuilt is null ? staged : staged.And(liveBuilt);
            BuiltFiles.Keep(record, oldBuilt);
            // Read while the live output is in its place, and forgotten before the swap moves it.
            liveListing = TreeListing.Read(LiveListingRecord(keptFolder), output);
            CacheFile.TryDelete(LiveListingRecord(keptFolder));
            replaced = AtomicFolderSwap.Swap(staging, output, retired);
            sink.ListedAtStart.Keep(LiveListingRecord(keptFolder), output);
        }
        catch
        {
            KeepStaging(staging, keptFolder);
            throw;
        }

        if (replaced is not null)
        {
            RetireOldOutput(replaced, keptFolder, oldBuilt, liveListing, previous, setAside);
        }

        return true;
    }

    /// <summary>Where the record of the files builds wrote in the kept folder's tree is kept.</summary>
    private static string BuiltFilesRecord(string keptFolder) => keptFolder + "-files";

    /// <summary>Where what the kept folder held when it was last walked is kept, so that staging in it lists only the folders changed since.</summary>
    private static string KeptListingRecord(string keptFolder) => keptFolder + "-listing";

    /// <summary>Where what the live output held when it was staged is kept, so that retiring it lists only the folders changed since.</summary>
    private static string LiveListingRecord(string keptFolder) => keptFolder + "-live-listing";

    /// <summary>
    /// Sets aside every file of an old output that no build wrote (the whole folder, when nothing tells which), then keeps
    /// it for the next build to stage in, or deletes it when it cannot be kept (the kept folder's place is taken, or on
    /// another file system). Never throws: the build's outcome is settled, and a folder it could not finish with is a
    /// marked leftover that the next build clears up the same way. A folder whose time <paramref name="listing"/> (what
    /// the old output held when it was staged) vouches for is not listed. Of its search index, only the files
    /// <paramref name="previous"/> (the old output's manifest) vouches for are kept.
    /// </summary>
    private static void RetireOldOutput(string folder, string keptFolder, BuiltFiles? built, TreeListing? listing, PreviousOutput? previous, SetAsideFolder setAside)
    {
        try
        {
            if (built is null)
            {
                setAside.MoveWhole(folder);
                return;
            }

            DeleteUnvouchedSearchIndex(folder, previous);
            var kept = setAside.MoveUnbuilt(folder, built, listing);
            if (TryMove(folder, keptFolder))
            {
                kept.Keep(KeptListingRecord(keptFolder), keptFolder);
            }
            else
            {
                SiteFolder.DeleteIfPresent(folder);
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // Left for RecoverFromInterruptedBuild.
        }
    }

    /// <summary>
    /// Deletes each search index file of an output that is to be kept unless <paramref name="previous"/> (the manifest of
    /// the build that wrote it) has it as it is. The next build leaves the kept index for Pagefind to write over, and
    /// Pagefind takes a file of the name it would write for its own: one a failed or killed index stage cut short, or
    /// one changed since its build, would be published.
    /// </summary>
    private static void DeleteUnvouchedSearchIndex(string folder, PreviousOutput? previous)
    {
        var index = Path.Combine(folder, SiteUrls.PagefindFolder);
        if (!Directory.Exists(index) || new DirectoryInfo(index).LinkTarget is not null)
        {
            return;
        }

        foreach (var file in new DirectoryInfo(index).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            var relativePath = Path.GetRelativePath(folder, file.FullName).Replace('\\', '/');
            if (BuiltFiles.IsSearchIndexFile(relativePath) && previous?.IsSameFileAs(relativePath, FileStamp.Of(file)) != true)
            {
                file.Delete();
            }
        }
    }

    private static bool IsOwnedFolder(string folder) =>
        Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is null && OutputFolderGuard.IsOwned(folder);

    /// <summary>
    /// Keeps the staging folder of a build that failed for the next build to start from, or deletes it when the kept
    /// folder is taken or it cannot be moved there: once <see cref="FolderSink.Into"/> has cleared it, it holds only what
    /// builds wrote, and before that the kept folder it came from is free to take it back. Its search index, which the
    /// failure may have cut short, is not kept. Never throws: it runs after
    /// the build's outcome is settled, and a folder it could not delete is a marked leftover that the next build clears up.
    /// </summary>
    private static void KeepStaging(string folder, string keptFolder)
    {
        try
        {
            DeleteUnvouchedSearchIndex(folder, previous: null);
            if (TryMove(folder, keptFolder))
            {
                return;
            }

            SiteFolder.DeleteIfPresent(folder);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // Left for RecoverFromInterruptedBuild.
        }
    }

    /// <summary>Renames a folder if it is there and the destination is free and on the same file system; false when it was not moved.</summary>
    private static bool TryMove(string folder, string destination)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            Directory.Move(folder, destination);
            return true;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Brings a live output folder up to date in place after an incremental rebuild (serve): each changed file is
    /// written beside its name, and only once all are written are they moved over their names, so a page being served
    /// is always whole and a failure while writing (a full disk) leaves the output as it was. Files the site no longer
    /// has are then deleted with the folders they leave empty. A rendered file whose bytes are already there is not
    /// written again: some outputs (assets, the sitemap, the feed) are rendered on every rebuild, and comparing them
    /// costs far less than writing and renaming them.
    /// </summary>
    public static void Update(string outputFolder, IEnumerable<OutputFile> changed, IEnumerable<string> removed)
    {
        var output = Path.GetFullPath(outputFolder);
        var replacing = new List<string>();
        var newFolders = new List<string>();
        try
        {
            foreach (var file in changed)
            {
                var path = OutputPathOutsideFolderException.PathIn(output, file.RelativePath);
                newFolders.AddRange(MissingFolders(Path.GetDirectoryName(path)!));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (!FileReplacement.HasBytes(path, file.Bytes))
                {
                    replacing.Add(path);
                    File.WriteAllBytes(FileReplacement.TemporaryFor(path), file.Bytes);
                }
            }
        }
        catch
        {
            UndoUnfinishedUpdate(replacing, newFolders);
            throw;
        }

        foreach (var path in replacing)
        {
            File.Move(FileReplacement.TemporaryFor(path), path, overwrite: true);
        }

        foreach (var relativePath in removed)
        {
            var path = OutputPathOutsideFolderException.PathIn(output, relativePath);
            File.Delete(path);
            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > output.Length && !Directory.EnumerateFileSystemEntries(folder).Any();
                 folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
    }

    /// <summary>A folder and those above it that do not exist yet, the outermost first.</summary>
    private static IEnumerable<string> MissingFolders(string folder)
    {
        var missing = new Stack<string>();
        for (var current = folder; !Directory.Exists(current) && Path.GetDirectoryName(current) is { } parent; current = parent)
        {
            missing.Push(current);
        }

        return missing;
    }

    /// <summary>
    /// Deletes what a failed update wrote beside the live files and the folders it made for them, which are empty once
    /// those are gone (a folder it could not make, such as a name a file holds, is not a folder and is left alone); what
    /// it cannot delete is replaced by the next full build.
    /// </summary>
    private static void UndoUnfinishedUpdate(IEnumerable<string> replacing, IEnumerable<string> newFolders)
    {
        try
        {
            foreach (var path in replacing)
            {
                File.Delete(FileReplacement.TemporaryFor(path));
            }

            foreach (var folder in newFolders.Reverse().Where(folder => Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()))
            {
                Directory.Delete(folder);
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // The update's own failure is the one to report.
        }
    }
}

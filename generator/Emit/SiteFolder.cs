namespace KnowledgeBase.Emit;

/// <summary>Deletes a whole site folder: the output a swap retired, a staging folder, what a killed build left behind.</summary>
internal static class SiteFolder
{
    /// <summary>
    /// Deletes the folder and everything in it, if it is there, without ever following a symbolic link out of it: a
    /// link is deleted, never what it points to. Deletions mostly wait on the disk, and deletions of different folders
    /// overlap that waiting, so the entries two levels down (each article's folder, for example) go eight at a time.
    /// </summary>
    public static void DeleteIfPresent(string folder)
    {
        var site = new DirectoryInfo(folder);
        if (site.LinkTarget is not null)
        {
            File.Delete(folder);
            return;
        }

        if (!site.Exists)
        {
            return;
        }

        var entries = site.EnumerateDirectories().Where(IsRealFolder).SelectMany(child => child.EnumerateFileSystemInfos()).ToList();
        Parallel.ForEach(entries, new ParallelOptions { MaxDegreeOfParallelism = 8 }, Delete);
        site.Delete(recursive: true);
    }

    /// <summary>Deletes a file, a link (not what it points to) or a real folder with everything in it.</summary>
    private static void Delete(FileSystemInfo entry)
    {
        if (entry is DirectoryInfo folder && IsRealFolder(folder))
        {
            // Directory.Delete removes links inside the folder, never what they point to.
            folder.Delete(recursive: true);
        }
        else
        {
            File.Delete(entry.FullName);
        }
    }

    private static bool IsRealFolder(DirectoryInfo folder) => folder.LinkTarget is null;
}

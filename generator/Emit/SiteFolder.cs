namespace KnowledgeBase.Emit;

/// <summary>Deletes a whole site folder: the output a swap retired, a staging folder, what a killed build left behind.</summary>
internal static class SiteFolder
{
    /// <summary>
    /// Deletes the folder and everything in it, if it is there. Deleting tens of thousands of files one after another mostly waits on the disk
    /// (on the development machine's ext4 disk, 11 s for the 32,700 files of 5,000 articles, of which 1.4 s of
    /// processor time), and deletions of different folders overlap that waiting: the entries two levels down
    /// (each article's folder under articles/, for example) are deleted eight at a time, 4.6 s.
    /// </summary>
    public static void DeleteIfPresent(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var entries = Directory.EnumerateDirectories(folder).SelectMany(Directory.EnumerateFileSystemEntries).ToList();
        Parallel.ForEach(entries, new ParallelOptions { MaxDegreeOfParallelism = 8 }, Delete);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Deletes a file, a link (not what it points to) or a folder with everything in it.</summary>
    private static void Delete(string entry)
    {
        var attributes = File.GetAttributes(entry);
        if (attributes.HasFlag(FileAttributes.Directory) && !attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            Directory.Delete(entry, recursive: true);
        }
        else
        {
            File.Delete(entry);
        }
    }
}

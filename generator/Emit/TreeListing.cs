using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// What a folder tree held when it was last walked: each folder with its last write time, the names of its files and of
/// its folders. Adding, removing or renaming an entry changes a folder's time, so a later walk (<see cref="Walk"/>) takes
/// a folder whose time is still the recorded one from the record instead of listing it. A file written in place changes
/// no folder's time: a walk gives names, and whoever needs a file's size and time still asks the file.
/// </summary>
public sealed class TreeListing
{
    private const string Format = "kb-tree-listing 1";

    /// <summary>Recorded for a folder that changed while it was walked, which no folder's time can equal.</summary>
    private const long ChangedWhileWalked = -1;

    /// <summary>
    /// A folder whose time is this close to the start of the walk that recorded it may have been written again within the
    /// same tick of the file system's clock after it was listed, keeping its time: a later walk lists it again.
    /// </summary>
    private static readonly long ClockMarginTicks = TimeSpan.FromSeconds(2).Ticks;

    private readonly long _walkStartedTicks;
    private readonly Dictionary<string, Folder> _folders;

    private TreeListing(long walkStartedTicks, Dictionary<string, Folder> folders)
    {
        _walkStartedTicks = walkStartedTicks;
        _folders = folders;
    }

    /// <summary>
    /// Hands a walk's caller an entry of the tree by its path relative to the root with '/' between names, and whether it
    /// is a folder (a link to one is not: a link is an entry, never followed); returns whether the entry is still there
    /// once the walk is over (the caller may move or delete a file).
    /// </summary>
    public delegate bool Visit(string relativePath, FileSystemInfo entry, bool isFolder);

    /// <summary>
    /// Walks the tree at <paramref name="root"/> and hands <paramref name="visit"/> each entry, a folder before what it
    /// holds. A folder other than the root whose time <paramref name="record"/> vouches for gives the recorded entries
    /// without being listed (and without asking what each is); every other folder is listed. Returns what the tree holds
    /// once walked.
    /// </summary>
    public static TreeListing Walk(string root, TreeListing? record, Visit visit)
    {
        var walkStarted = DateTime.UtcNow.Ticks;
        var folders = new Dictionary<string, Folder>(StringComparer.Ordinal);
        // Each folder's time is read before it is listed (a folder's when its parent is), so that an entry added while it
        // is listed leaves the time changed.
        var pending = new Stack<(string RelativeFolder, long LastWrite)>([("", Directory.GetLastWriteTimeUtc(root).Ticks)]);
        while (pending.TryPop(out var next))
        {
            var (relativeFolder, lastWrite) = next;
            var path = relativeFolder.Length == 0 ? root : Path.Combine(root, relativeFolder);
            var recorded = relativeFolder.Length == 0 ? null : record?.Vouched(relativeFolder, lastWrite);
            var entries = recorded is null
                ? new DirectoryInfo(path).EnumerateFileSystemInfos().Select(entry => (Entry: entry, IsFolder: entry is DirectoryInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint)))
                : recorded.Folders.Select(name => ((FileSystemInfo)new DirectoryInfo(Path.Combine(path, name)), true))
                    .Concat(recorded.Files.Select(name => ((FileSystemInfo)new FileInfo(Path.Combine(path, name)), false)));
            var folder = new Folder(lastWrite);
            foreach (var (entry, isFolder) in entries)
            {
                var relativePath = relativeFolder.Length == 0 ? entry.Name : $"{relativeFolder}/{entry.Name}";
                if (!visit(relativePath, entry, isFolder))
                {
                    folder.LastWriteTicks = ChangedWhileWalked;
                }
                else if (isFolder)
                {
                    folder.Folders.Add(entry.Name);
                    pending.Push((relativePath, entry.LastWriteTimeUtc.Ticks));
                }
                else
                {
                    folder.Files.Add(entry.Name);
                }
            }

            folders.Add(relativeFolder, folder);
        }

        return new TreeListing(walkStarted, folders);
    }

    /// <summary>
    /// The listing kept in <paramref name="file"/> for the tree now at <paramref name="tree"/>, or null when it is missing,
    /// damaged, or was made for another tree: one kept for another folder, or for a tree whose marker has been replaced
    /// since (every staging folder gets a new one, so a folder a failed build kept is not the tree the record describes).
    /// </summary>
    public static TreeListing? Read(string file, string tree)
    {
        try
        {
            using var reader = CacheFile.Open(file);
            if (reader is null || reader.ReadString() != Format || reader.ReadString() != Path.GetFullPath(tree)
                || new FileStamp(reader.ReadInt64(), reader.ReadInt64()) != MarkerStamp(tree))
            {
                return null;
            }

            var walkStarted = reader.ReadInt64();
            var count = reader.ReadInt32();
            var folders = new Dictionary<string, Folder>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var relativeFolder = reader.ReadString();
                var folder = new Folder(reader.ReadInt64());
                ReadNames(reader, folder.Folders);
                ReadNames(reader, folder.Files);
                folders.Add(relativeFolder, folder);
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? new TreeListing(walkStarted, folders) : null;
        }
        catch (Exception failure) when (CacheFile.IsUnusableRecord(failure))
        {
            return null;
        }
    }

    /// <summary>
    /// Keeps this listing in <paramref name="file"/> as the listing of the tree now at <paramref name="tree"/>, or deletes
    /// the file when it cannot be written: a missing listing only makes the next walk list every folder.
    /// </summary>
    public void Keep(string file, string tree)
    {
        try
        {
            CacheFile.Write(file, writer =>
            {
                writer.Write(Format);
                writer.Write(Path.GetFullPath(tree));
                var marker = MarkerStamp(tree);
                writer.Write(marker.Length);
                writer.Write(marker.LastWriteTicks);
                writer.Write(_walkStartedTicks);
                writer.Write(_folders.Count);
                foreach (var (relativeFolder, folder) in _folders)
                {
                    writer.Write(relativeFolder);
                    writer.Write(folder.LastWriteTicks);
                    WriteNames(writer, folder.Folders);
                    WriteNames(writer, folder.Files);
                }
            });
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            CacheFile.TryDelete(file);
        }
    }

    /// <summary>The recorded folder, when its time is still the recorded one and was far enough from the recording walk's start to vouch for it.</summary>
    private Folder? Vouched(string relativeFolder, long lastWriteTicks) =>
        _folders.TryGetValue(relativeFolder, out var folder) && folder.LastWriteTicks == lastWriteTicks && lastWriteTicks < _walkStartedTicks - ClockMarginTicks
            ? folder
            : null;

    /// <summary>The marker a build leaves at the top of every output it stages: a new file, with a time of its own, in each.</summary>
    private static FileStamp MarkerStamp(string tree) => FileStamp.Of(new FileInfo(Path.Combine(tree, OutputFolderGuard.MarkerFileName)));

    private static void ReadNames(BinaryReader reader, List<string> names)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new FormatException("a negative count");
        }

        for (var i = 0; i < count; i++)
        {
            names.Add(reader.ReadString());
        }
    }

    private static void WriteNames(BinaryWriter writer, List<string> names)
    {
        writer.Write(names.Count);
        foreach (var name in names)
        {
            writer.Write(name);
        }
    }

    /// <summary>A folder as a walk found it: its time (or <see cref="ChangedWhileWalked"/>) and the names of what it holds.</summary>
    private sealed class Folder(long lastWriteTicks)
    {
        public long LastWriteTicks { get; set; } = lastWriteTicks;

        public List<string> Folders { get; } = [];

        public List<string> Files { get; } = [];
    }
}

namespace KnowledgeBase.Emit;

/// <summary>
/// Every file of a built output folder with its size and last write time, recorded after a build so that the next
/// build can tell the files it may reuse from files changed (or removed) since, by hand or by another program.
/// </summary>
public sealed class OutputManifest(IReadOnlyDictionary<string, FileStamp> files)
{
    public IReadOnlyDictionary<string, FileStamp> Files { get; } = files;

    /// <summary>The files in <paramref name="folder"/> now, by path relative to it with '/' between names.</summary>
    public static OutputManifest Of(string folder)
    {
        var root = new DirectoryInfo(folder);
        var files = root.EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .ToDictionary(file => Path.GetRelativePath(root.FullName, file.FullName).Replace('\\', '/'), FileStamp.Of, StringComparer.Ordinal);
        return new OutputManifest(files);
    }

    /// <summary>The files that are in <paramref name="folder"/> still as this manifest recorded them.</summary>
    public IReadOnlySet<string> StillIn(string folder) =>
        Files.AsParallel()
            .Where(file => FileStamp.Of(new FileInfo(Path.Combine(folder, file.Key))) == file.Value)
            .Select(file => file.Key)
            .ToHashSet(StringComparer.Ordinal);
}

/// <summary>A file's size and last write time: a file written again, even with the same bytes, gets a new time.</summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    /// <summary>The stamp of the file, or of nothing (length -1) when it is missing or not a plain file.</summary>
    public static FileStamp Of(FileInfo file) =>
        file.Exists && !file.Attributes.HasFlag(FileAttributes.ReparsePoint) ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : new FileStamp(-1, 0);
}

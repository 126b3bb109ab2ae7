namespace KnowledgeBase.Emit;

/// <summary>
/// The output of the previous build, as far as the build cache still vouches for it: the files a new build may stage
/// by linking to them instead of writing them again.
/// </summary>
public sealed class PreviousOutput(string folder, OutputManifest manifest)
{
    private readonly IReadOnlySet<string> _trusted = manifest.StillIn(folder);

    /// <summary>How many of the previous build's files are still as it left them, and how many it left.</summary>
    public (int Trusted, int Recorded) Counts => (_trusted.Count, manifest.Files.Count);

    /// <summary>Whether the previous output has this file as the previous build left it.</summary>
    public bool Holds(string relativePath) => _trusted.Contains(relativePath);

    /// <summary>
    /// Whether a file with this stamp holds the bytes of the previous build's file at this path, still as that build
    /// left it: a second name of that file (a hard link) has its size and last write time, and a file written since has
    /// a time of its own.
    /// </summary>
    public bool IsSameFileAs(string relativePath, FileStamp stamp) => Holds(relativePath) && manifest.Files[relativePath] == stamp;

    /// <summary>The files the previous build wrote, whether or not they are still as it left them.</summary>
    public BuiltFiles Built => BuiltFiles.Of(manifest);

    /// <summary>Whether the previous build wrote this file, whether or not it is still as it was.</summary>
    public bool Recorded(string relativePath) => manifest.Files.ContainsKey(relativePath);

    /// <summary>
    /// The files the previous build wrote under a folder of the output (say, the search index's), when every one of
    /// them is still as it was; otherwise (or when there are none) null.
    /// </summary>
    public IReadOnlyList<string>? IntactFolder(string relativeFolder)
    {
        var files = manifest.Files.Keys.Where(path => path.StartsWith(relativeFolder + "/", StringComparison.Ordinal)).ToList();
        return files.Count > 0 && files.All(Holds) ? files : null;
    }

    /// <summary>Whether the previous output has this file with exactly these bytes.</summary>
    public bool HasBytes(string relativePath, ReadOnlySpan<byte> bytes) => Holds(relativePath) && FileReplacement.HasBytes(PathOf(relativePath), bytes);

    /// <summary>Where the previous build's file is.</summary>
    public string PathOf(string relativePath) => Path.Combine(folder, relativePath);
}

namespace KnowledgeBase.Emit;

/// <summary>
/// A file of the site names a path that would land outside the folder it is written into (rooted, or climbing out
/// with ".."); nothing was written there. Validation refuses every address that could do this, so this is the last
/// guard, in the code that writes.
/// </summary>
public sealed class OutputPathOutsideFolderException(string relativePath)
    : IOException($"the file '{relativePath}' would be written outside the output folder, so nothing was written")
{
    public string RelativePath { get; } = relativePath;

    /// <summary>Where <paramref name="relativePath"/> goes in <paramref name="folder"/>, or throws when it would leave the folder.</summary>
    public static string PathIn(string folder, string relativePath)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath)
            || relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Contains(".."))
        {
            throw new OutputPathOutsideFolderException(relativePath);
        }

        return Path.Combine(folder, relativePath);
    }
}

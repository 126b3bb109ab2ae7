namespace KnowledgeBase.Serve;

/// <summary>
/// Maps a request path to a file inside the output folder, and to nothing else: "..", encoded traversal,
/// absolute paths and symlinks out of the folder all resolve to null (served as 404).
/// </summary>
public sealed class OutputFileResolver(string outputFolder)
{
    private readonly string _root = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public string? Resolve(string requestPath)
    {
        var decoded = Uri.UnescapeDataString(requestPath);
        if (decoded.Contains('\0') || decoded.Contains('\\') || decoded.Split('/').Any(segment => segment is ".." or "."))
        {
            return null;
        }

        var candidate = Path.GetFullPath(Path.Combine(_root, decoded.TrimStart('/')));
        if (!candidate.StartsWith(_root, StringComparison.Ordinal) && candidate + Path.DirectorySeparatorChar != _root)
        {
            return null;
        }

        if (Directory.Exists(candidate))
        {
            candidate = Path.Combine(candidate, "index.html");
        }

        if (!File.Exists(candidate))
        {
            return null;
        }

        var target = new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate;
        return target.StartsWith(_root, StringComparison.Ordinal) ? target : null;
    }
}

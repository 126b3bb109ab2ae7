namespace KnowledgeBase.Diagnostics;

/// <summary>A position in a content file: path relative to the site root, 1-based line and column.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that names a whole file rather than a place in it.</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}

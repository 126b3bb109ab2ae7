namespace KnowledgeBase.Render;

/// <summary>One file of the built site: its path relative to the output folder and its exact bytes.</summary>
public sealed record OutputFile(string RelativePath, byte[] Bytes)
{
    /// <summary>True when the file was not rendered again because the previous build's copy is still right; it has no bytes.</summary>
    public bool Kept { get; private init; }

    public static OutputFile KeptFromPreviousBuild(string relativePath) => new(relativePath, []) { Kept = true };
}

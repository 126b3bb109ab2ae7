namespace KnowledgeBase.Render;

/// <summary>One file of the built site: its path relative to the output folder and its exact bytes.</summary>
public sealed class OutputFile
{
    private readonly Func<byte[]>? _read;
    private byte[]? _bytes;

    public OutputFile(string relativePath, byte[] bytes)
    {
        RelativePath = relativePath;
        _bytes = bytes;
    }

    private OutputFile(string relativePath, string heldAt, Func<byte[]> read)
    {
        RelativePath = relativePath;
        HeldAt = heldAt;
        _read = read;
    }

    public string RelativePath { get; }

    /// <summary>The file's bytes; those of a file <see cref="HeldAt"/> another path are read at the first ask only.</summary>
    public byte[] Bytes => _bytes ??= _read!();

    /// <summary>
    /// A file outside the output that holds exactly these bytes and that is only ever replaced, never written into (a
    /// social image this build painted into the cache), so the output may share it instead of writing the bytes again;
    /// null for most files.
    /// </summary>
    public string? HeldAt { get; }

    /// <summary>True when the file was not rendered again because the previous build's copy is still right; it has no bytes.</summary>
    public bool Kept { get; private init; }

    public static OutputFile KeptFromPreviousBuild(string relativePath) => new(relativePath, []) { Kept = true };

    /// <summary>A file whose bytes are those of the file at <paramref name="heldAt"/>, or, where that one cannot be shared, <paramref name="read"/>'s.</summary>
    public static OutputFile HeldIn(string relativePath, string heldAt, Func<byte[]> read) => new(relativePath, heldAt, read);
}

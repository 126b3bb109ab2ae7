using KnowledgeBase.Load;

namespace KnowledgeBase.Emit;

/// <summary>Replaces one file so that whoever reads it (a browser, an editor, git) sees the old bytes or the new, never half of them.</summary>
internal static class FileReplacement
{
    /// <summary>
    /// Writes the bytes beside the file and renames them over it, unless it already holds them: comparing costs far
    /// less than writing and renaming. Whatever has the name (a FIFO, which a plain write would wait on for ever) is
    /// replaced, never written into.
    /// </summary>
    public static void WriteIfChanged(string path, byte[] bytes)
    {
        if (!HasBytes(path, bytes))
        {
            Replace(path, bytes);
        }
    }

    /// <summary>
    /// Writes the bytes beside the file and renames them over it: whatever had the name is replaced, never written
    /// into, so another name of the same file (a hard link) keeps the old bytes.
    /// </summary>
    public static void Replace(string path, byte[] bytes)
    {
        var temporary = TemporaryFor(path);
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Where the new bytes of the file at <paramref name="path"/> are written before they are moved over it.</summary>
    public static string TemporaryFor(string path) => $"{path}.{Environment.ProcessId}.tmp";

    /// <summary>Whether the file at <paramref name="path"/> exists and holds exactly these bytes.</summary>
    public static bool HasBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var existing = new FileInfo(path);
        return existing.Exists && existing.Length == bytes.Length && ContentFileReader.BytesOf(path).AsSpan().SequenceEqual(bytes);
    }
}

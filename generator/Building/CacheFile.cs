using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Building;

/// <summary>
/// A file in .cache/ that a build writes for the next one: written whole under a temporary name and renamed into
/// place, with a SHA-256 of its content in front, so a reader never trusts a file cut short or damaged.
/// </summary>
internal static class CacheFile
{
    /// <summary>A reader over the file's content, or null when the file is missing or does not match its hash.</summary>
    public static BinaryReader? Open(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var stored = File.ReadAllBytes(path);
        if (stored.Length < SHA256.HashSizeInBytes || !SHA256.HashData(stored.AsSpan(SHA256.HashSizeInBytes)).AsSpan().SequenceEqual(stored.AsSpan(0, SHA256.HashSizeInBytes)))
        {
            return null;
        }

        return new BinaryReader(new MemoryStream(stored, SHA256.HashSizeInBytes, stored.Length - SHA256.HashSizeInBytes), Encoding.UTF8);
    }

    /// <summary>Writes the file whole; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot.</summary>
    public static void Write(string path, Action<BinaryWriter> write)
    {
        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var file = File.Create(temporary))
        {
            file.Write(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
            file.Write(content.GetBuffer().AsSpan(0, (int)content.Length));
        }

        File.Move(temporary, path, overwrite: true);
    }
}

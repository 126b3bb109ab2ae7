using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Render;

/// <summary>
/// A file in .cache/ that a build writes for the next one. Each is written whole under a temporary name and moved into
/// place, so a build killed mid-write or running alongside another never leaves a half-written file under a valid
/// name; a file of records also carries a SHA-256 of its content in front, so a reader never trusts one cut short or
/// damaged. A cache file that is missing or cannot be written only means the work is done again next time.
/// </summary>
internal static class CacheFile
{
    private const int BufferSize = 1 << 16;

    /// <summary>The folder under the site root that holds every cache file (ignored by git, never published).</summary>
    public const string FolderName = ".cache";

    /// <summary>The path of a file or folder of the cache of the site at <paramref name="siteRoot"/>.</summary>
    public static string PathIn(string siteRoot, params string[] names) => Path.Combine([Path.GetFullPath(siteRoot), FolderName, .. names]);

    /// <summary>
    /// Why the cache folder of the site at <paramref name="siteRoot"/> cannot be used, or null when it can: a file is
    /// written there and deleted, and each folder in it is opened. Every cache bears its own failures (the work is done
    /// again), so this only tells, once a build, why the cache is of no use.
    /// </summary>
    public static string? WhyUnusable(string siteRoot)
    {
        var folder = PathIn(siteRoot);
        try
        {
            var probe = Path.Combine(folder, $"probe-{Guid.NewGuid():N}");
            MoveIntoPlace(probe, _ => { });
            File.Delete(probe);
            foreach (var cache in Directory.EnumerateDirectories(folder))
            {
                _ = Directory.EnumerateFileSystemEntries(cache).Any();
            }

            return null;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return failure.Message;
        }
    }

    /// <summary>
    /// Whether <paramref name="failure"/>, thrown while reading a file of records, means only that the file cannot be used:
    /// it cannot be read, or a record in it is not what its reader expects.
    /// </summary>
    public static bool IsUnusableRecord(Exception failure) =>
        failure is IOException or UnauthorizedAccessException or ArgumentException or FormatException;

    /// <summary>A reader over a file of records, or null when the file is missing or does not match its hash.</summary>
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

    /// <summary>Writes a file of records whole; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot.</summary>
    public static void Write(string path, Action<BinaryWriter> write)
    {
        // Streamed to the file and hashed on the way, its hash put in front last: a store of several MB gathered in
        // memory first left large arrays that set off full collections (docs/performance.md, "the collector set at run time").
        MoveIntoPlace(path, file =>
        {
            file.Write(new byte[SHA256.HashSizeInBytes]);
            using var hash = SHA256.Create();
            using (var writer = new BinaryWriter(new BufferedStream(new CryptoStream(file, hash, CryptoStreamMode.Write, leaveOpen: true), BufferSize), Encoding.UTF8))
            {
                write(writer);
            }

            file.Position = 0;
            file.Write(hash.Hash);
        });
    }

    /// <summary>Writes a file's bytes as they are (a painted image), or nothing when the disk refuses; true when it was written.</summary>
    public static bool TryWrite(string path, byte[] bytes)
    {
        try
        {
            MoveIntoPlace(path, file => file.Write(bytes));
            return true;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // Painted again next time.
            return false;
        }
    }

    /// <summary>Deletes a file of the cache if it can: one another build holds is deleted next time.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // A file left behind is deleted next time, and a temporary file is never read.
        }
    }

    private static void MoveIntoPlace(string path, Action<FileStream> write)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = File.Create(temporary))
            {
                write(file);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace KnowledgeBase.Render;

/// <summary>
/// Facts a build made from its files, kept in one file of .cache/ for the next build, each under a key that names
/// exactly what it was made from (a file's fingerprint, a text's hash): a fact whose file is unchanged is read instead
/// of made again. The whole store is dropped when another format or generator wrote it; only the facts of the latest
/// build are kept, so it does not grow, and it is written only when they changed. A missing or damaged file only means
/// every fact is made afresh, never an error. Facts are looked up and kept from any thread.
/// </summary>
internal sealed class FileFactStore<T>
    where T : class
{
    private readonly string? _file;
    private readonly string _format;
    private readonly Func<BinaryReader, T> _read;
    private readonly Action<BinaryWriter, T> _write;

    /// <summary>
    /// Each stored fact as written: a fact is read only when asked for, on the thread that needs it, so a build does
    /// not start by making every fact's objects at once, which would all outlive the collector's youngest generation.
    /// </summary>
    private readonly Dictionary<string, byte[]> _stored;

    private readonly ConcurrentDictionary<string, byte[]> _kept = new(StringComparer.Ordinal);

    private FileFactStore(string? file, string format, Func<BinaryReader, T> read, Action<BinaryWriter, T> write, Dictionary<string, byte[]> stored)
    {
        _file = file;
        _format = format;
        _read = read;
        _write = write;
        _stored = stored;
    }

    /// <summary>A store that keeps nothing between builds.</summary>
    public static FileFactStore<T> None => new(null, "", _ => throw new InvalidOperationException("nothing is stored"), (_, _) => { }, []);

    /// <summary>
    /// The facts the last build kept in <paramref name="fileName"/> of .cache/files/ of the site at
    /// <paramref name="siteRoot"/>, written in <paramref name="format"/> (a name and version) by <paramref name="write"/>
    /// and read back by <paramref name="read"/>, which throws <see cref="FormatException"/> at anything it cannot read.
    /// </summary>
    public static FileFactStore<T> Of(string siteRoot, string fileName, string format, Func<BinaryReader, T> read, Action<BinaryWriter, T> write)
    {
        var file = CacheFile.PathIn(siteRoot, "files", fileName);
        return new FileFactStore<T>(file, format, read, write, Read(file, format));
    }

    /// <summary>The fact stored under the key, kept for the next build; false when none is (or it cannot be read).</summary>
    public bool TryGet(string key, [MaybeNullWhen(false)] out T fact)
    {
        fact = null;
        if (!_stored.TryGetValue(key, out var bytes))
        {
            return false;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            fact = _read(reader);
        }
        catch (Exception failure) when (failure is IOException or FormatException or OverflowException)
        {
            return false;
        }

        _kept[key] = bytes;
        return true;
    }

    /// <summary>Keeps a fact made by this build for the next one.</summary>
    public void Keep(string key, T fact)
    {
        if (_file is null)
        {
            return;
        }

        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
        {
            _write(writer, fact);
        }

        _kept[key] = content.ToArray();
    }

    /// <summary>Writes the facts of this build when they differ from those stored; a file that cannot be written is simply not there next time.</summary>
    public void Save()
    {
        if (_file is null || _kept.Count == _stored.Count && _kept.Keys.All(_stored.ContainsKey))
        {
            return;
        }

        try
        {
            CacheFile.Write(_file, writer =>
            {
                writer.Write(_format);
                writer.Write(GeneratorIdentity.Current);
                writer.Write(_kept.Count);
                foreach (var (key, bytes) in _kept.OrderBy(entry => entry.Key, StringComparer.Ordinal))
                {
                    writer.Write(key);
                    writer.Write(bytes.Length);
                    writer.Write(bytes);
                }
            });
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // The facts already stored stay right: each is keyed on what it was made from.
        }
    }

    private static Dictionary<string, byte[]> Read(string file, string format)
    {
        var facts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var reader = CacheFile.Open(file);
            if (reader is null || reader.ReadString() != format || reader.ReadString() != GeneratorIdentity.Current)
            {
                return facts;
            }

            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var key = reader.ReadString();
                var length = reader.ReadInt32();
                var bytes = reader.ReadBytes(length);
                facts[key] = bytes.Length == length ? bytes : throw new EndOfStreamException();
            }

            return facts;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            return [];
        }
    }
}

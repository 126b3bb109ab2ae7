using System.Collections.Concurrent;
using KnowledgeBase.Render;

namespace KnowledgeBase.Validate.Readability;

/// <summary>
/// The reading level of each file as the last build measured it, kept in .cache/ and keyed on the file's fingerprint
/// (its bytes) and the language it was counted in: measuring reads every word of every article on every build, and
/// an unchanged file measures the same. The whole cache is dropped when another generator wrote it. Only the files
/// of the latest build are kept, so it does not grow; a missing or damaged cache is measured afresh, never an error.
/// </summary>
public sealed class ReadingLevelCache
{
    private const string Format = "kb-reading-levels 1";

    private readonly string? _file;
    private readonly Dictionary<string, ReadingLevel> _stored;
    private readonly ConcurrentDictionary<string, ReadingLevel> _measured = new(StringComparer.Ordinal);

    private ReadingLevelCache(string? file, Dictionary<string, ReadingLevel> stored)
    {
        _file = file;
        _stored = stored;
    }

    /// <summary>No cache: every level is measured, nothing is kept.</summary>
    public static ReadingLevelCache None => new(null, []);

    /// <summary>The levels the last build of the site at <paramref name="siteRoot"/> kept.</summary>
    public static ReadingLevelCache Of(string siteRoot)
    {
        var file = CacheFile.PathIn(siteRoot, "files", "reading-levels.bin");
        return new ReadingLevelCache(file, Read(file));
    }

    /// <summary>The level stored for the file, or what <paramref name="measure"/> gives for one unknown or unfingerprinted.</summary>
    public ReadingLevel LevelOf(string? fingerprint, string language, Func<ReadingLevel> measure)
    {
        if (fingerprint is null)
        {
            return measure();
        }

        var key = $"{language}:{fingerprint}";
        var level = _stored.GetValueOrDefault(key) ?? measure();
        _measured[key] = level;
        return level;
    }

    /// <summary>Keeps the levels of this build's files for the next; a cache that cannot be written is simply not there next time.</summary>
    public void Save()
    {
        if (_file is null || _measured.Count == _stored.Count && _measured.Keys.All(_stored.ContainsKey))
        {
            return;
        }

        try
        {
            CacheFile.Write(_file, writer =>
            {
                writer.Write(Format);
                writer.Write(GeneratorIdentity.Current);
                writer.Write(_measured.Count);
                foreach (var (key, level) in _measured.OrderBy(entry => entry.Key, StringComparer.Ordinal))
                {
                    writer.Write(key);
                    writer.Write(level.Words);
                    writer.Write(level.Sentences);
                    writer.Write(level.Syllables);
                    writer.Write(level.LongestSentence is not null);
                    if (level.LongestSentence is { } longest)
                    {
                        writer.Write(longest.Line);
                        writer.Write(longest.Words);
                        writer.Write(longest.Syllables);
                    }
                }
            });
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // The levels already stored stay right: each is keyed on the bytes it was measured from.
        }
    }

    private static Dictionary<string, ReadingLevel> Read(string file)
    {
        var levels = new Dictionary<string, ReadingLevel>(StringComparer.Ordinal);
        try
        {
            using var reader = CacheFile.Open(file);
            if (reader is null || reader.ReadString() != Format || reader.ReadString() != GeneratorIdentity.Current)
            {
                return levels;
            }

            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var key = reader.ReadString();
                var (words, sentences, syllables) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
                var longest = reader.ReadBoolean() ? new Sentence(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()) : null;
                levels[key] = new ReadingLevel(words, sentences, syllables, longest);
            }

            return levels;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}

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
    private readonly FileFactStore<ReadingLevel> _levels;

    private ReadingLevelCache(FileFactStore<ReadingLevel> levels) => _levels = levels;

    /// <summary>No cache: every level is measured, nothing is kept.</summary>
    public static ReadingLevelCache None => new(FileFactStore<ReadingLevel>.None);

    /// <summary>The levels the last build of the site at <paramref name="siteRoot"/> kept.</summary>
    public static ReadingLevelCache Of(string siteRoot) =>
        new(FileFactStore<ReadingLevel>.Of(siteRoot, "reading-levels.bin", "kb-reading-levels 2", Read, Write));

    /// <summary>The level stored for the file, or what <paramref name="measure"/> gives for one unknown or unfingerprinted.</summary>
    public ReadingLevel LevelOf(string? fingerprint, string language, Func<ReadingLevel> measure)
    {
        if (fingerprint is null)
        {
            return measure();
        }

        var key = $"{language}:{fingerprint}";
        if (!_levels.TryGet(key, out var level))
        {
            level = measure();
            _levels.Keep(key, level);
        }

        return level;
    }

    /// <summary>Keeps the levels of this build's files for the next; a cache that cannot be written is simply not there next time.</summary>
    public void Save() => _levels.Save();

    private static void Write(BinaryWriter writer, ReadingLevel level)
    {
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

    private static ReadingLevel Read(BinaryReader reader)
    {
        var (words, sentences, syllables) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var longest = reader.ReadBoolean() ? new Sentence(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()) : null;
        return new ReadingLevel(words, sentences, syllables, longest);
    }
}

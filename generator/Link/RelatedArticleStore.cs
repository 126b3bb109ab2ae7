using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using KnowledgeBase.Render;

namespace KnowledgeBase.Link;

/// <summary>
/// The related articles the last build found, kept in .cache/files/related-articles.bin as positions among the
/// published articles, and keyed on all that <see cref="RelatedArticles"/> reads: each published article's tags and
/// cited sources, in publishing order. An edit to an article's body that leaves them alone finds them here instead of
/// scoring every pair of articles again; any other edit changes the key, and they are scored afresh.
/// </summary>
public sealed class RelatedArticleStore
{
    private readonly FileFactStore<int[][]> _positions;

    private RelatedArticleStore(FileFactStore<int[][]> positions) => _positions = positions;

    /// <summary>No store: related articles are always scored, nothing is kept.</summary>
    public static RelatedArticleStore None => new(FileFactStore<int[][]>.None);

    /// <summary>The related articles the last build of the site at <paramref name="siteRoot"/> kept.</summary>
    public static RelatedArticleStore Of(string siteRoot) =>
        new(FileFactStore<int[][]>.Of(siteRoot, "related-articles.bin", "kb-related-articles 1", Read, Write));

    /// <summary>
    /// The key of the scoring's inputs: for each published article, its distinct tags and distinct cited sources, each
    /// list counted and each value measured, so that no two different inputs run together into the same text.
    /// </summary>
    public static string KeyOf(IReadOnlyList<IReadOnlyList<string>> tags, IReadOnlyList<IReadOnlyList<string>> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Append(IReadOnlyList<string> values)
        {
            hash.AppendData(MemoryMarshal.AsBytes($"{values.Count}\0".AsSpan()));
            foreach (var value in values)
            {
                hash.AppendData(MemoryMarshal.AsBytes($"{value.Length}\0".AsSpan()));
                hash.AppendData(MemoryMarshal.AsBytes(value.AsSpan()));
            }
        }

        hash.AppendData(MemoryMarshal.AsBytes($"{tags.Count}\0".AsSpan()));
        for (var article = 0; article < tags.Count; article++)
        {
            Append(tags[article]);
            Append(sources[article]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The related articles' positions kept under the key, for each of <paramref name="articleCount"/> articles; false when none are.</summary>
    public bool TryGet(string key, int articleCount, [MaybeNullWhen(false)] out int[][] positions) =>
        _positions.TryGet(key, out positions)
        && positions.Length == articleCount
        && positions.All(related => related.All(position => position < articleCount));

    /// <summary>Keeps the related articles' positions found by this build for the next.</summary>
    public void Keep(string key, int[][] positions) => _positions.Keep(key, positions);

    /// <summary>Writes what this build found for the next; a store that cannot be written is simply not there next time.</summary>
    public void Save() => _positions.Save();

    private static void Write(BinaryWriter writer, int[][] positions)
    {
        writer.Write7BitEncodedInt(positions.Length);
        foreach (var related in positions)
        {
            writer.Write7BitEncodedInt(related.Length);
            foreach (var position in related)
            {
                writer.Write7BitEncodedInt(position);
            }
        }
    }

    private static int[][] Read(BinaryReader reader) => [.. reader.ReadList(() => reader.ReadList(reader.ReadNonNegative).ToArray())];
}

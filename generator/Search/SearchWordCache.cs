using KnowledgeBase.Render;

namespace KnowledgeBase.Search;

/// <summary>
/// The distinct words of each searchable page, kept between builds in <c>.cache/search-words.bin</c> under the site
/// root, by the fingerprint of the page's file, the fields taken with it and the generator build: a build after an
/// edit reads again only the words of the pages that changed, instead of every word of every page (about five
/// million on 5,000 articles). Counts are summed from these sets, so the vocabulary is the one a fresh count gives.
/// A missing, damaged or foreign file, or none at all (no site root), only means every page is read.
/// </summary>
public sealed class SearchWordCache(string? siteRoot)
{
    private const string Format = "kb-search-words 1";

    private readonly string? _file = siteRoot is null ? null : CacheFile.PathIn(siteRoot, "search-words.bin");

    /// <summary>A cache that keeps nothing between builds.</summary>
    public static SearchWordCache None { get; } = new(siteRoot: null);

    /// <summary>
    /// The distinct words of each page (see <see cref="SearchVocabulary.DistinctWords"/>), in the pages' order, read from
    /// the cache where the page's file and fields are unchanged; the cache is then rewritten to hold these pages only.
    /// </summary>
    public IReadOnlyList<string[]> WordsOf(IReadOnlyList<SearchablePage> pages, IReadOnlyDictionary<string, string> sourceFingerprints)
    {
        var keys = pages.Select(page => sourceFingerprints.TryGetValue(page.Text.SourcePath, out var fingerprint)
            ? $"{fingerprint}\n{page.Text.SourcePath}\n{page.Text.Fields}" : null).ToArray();
        var stored = _file is null ? [] : Load(_file);
        var words = new string[pages.Count][];
        var read = 0;
        Parallel.For(0, pages.Count, index =>
        {
            if (keys[index] is { } key && stored.TryGetValue(key, out var known))
            {
                words[index] = known;
                return;
            }

            words[index] = SearchVocabulary.DistinctWords(pages[index].Text.Make());
            Interlocked.Increment(ref read);
        });
        var kept = keys.OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (_file is not null && (read > 0 || !stored.Keys.All(kept.Contains)))
        {
            Save(_file, keys, words);
        }

        return words;
    }

    private static Dictionary<string, string[]> Load(string file)
    {
        try
        {
            using var reader = CacheFile.Open(file);
            if (reader is null || reader.ReadString() != Identity)
            {
                return [];
            }

            var table = new string[reader.ReadInt32()];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = reader.ReadString();
            }

            var pages = new Dictionary<string, string[]>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var key = reader.ReadString();
                var words = new string[reader.ReadInt32()];
                for (var i = 0; i < words.Length; i++)
                {
                    words[i] = table[reader.ReadInt32()];
                }

                pages[key] = words;
            }

            return pages;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            return [];
        }
    }

    /// <summary>The words of each page with a key, each word stored once and named by its number.</summary>
    private static void Save(string file, string?[] keys, string[][] words)
    {
        try
        {
            CacheFile.Write(file, writer =>
            {
                writer.Write(Identity);
                var table = new Dictionary<string, int>(StringComparer.Ordinal);
                var stored = keys.Select((key, index) => (Key: key, Words: words[index])).Where(page => page.Key is not null).DistinctBy(page => page.Key).ToList();
                foreach (var word in stored.SelectMany(page => page.Words))
                {
                    table.TryAdd(word, table.Count);
                }

                writer.Write(table.Count);
                foreach (var word in table.Keys)
                {
                    writer.Write(word);
                }

                writer.Write(stored.Count);
                foreach (var (key, pageWords) in stored)
                {
                    writer.Write(key!);
                    writer.Write(pageWords.Length);
                    foreach (var word in pageWords)
                    {
                        writer.Write(table[word]);
                    }
                }
            });
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // Every page's words are read again next time.
        }
    }

    private static string Identity => $"{Format}\n{GeneratorIdentity.Current}";
}

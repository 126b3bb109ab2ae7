using System.IO.Compression;
using System.Text.Json;
using KnowledgeBase.Index;

namespace KnowledgeBase.Tests.Support;

/// <summary>The parts of one language's Pagefind index, as its metadata names them: each part's bounds and hash.</summary>
public sealed class PagefindParts(IReadOnlyList<(string From, string To, string Hash)> parts)
{
    public IReadOnlyList<(string From, string To, string Hash)> All => parts;

    /// <summary>Reads the metadata of a language's index in a site's pagefind/ folder.</summary>
    public static PagefindParts Of(string pagefindFolder, string language)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(pagefindFolder, "pagefind-entry.json")));
        var hash = entry.RootElement.GetProperty("languages").GetProperty(language).GetProperty("hash").GetString();
        using var file = File.OpenRead(Path.Combine(pagefindFolder, $"pagefind.{hash}.pf_meta"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        var reader = new CborItems(bytes.ToArray().AsSpan("pagefind_dcd".Length));
        reader.ReadList();
        reader.Skip(); // the version
        reader.Skip(); // the pages
        var count = reader.ReadList();
        var list = new List<(string, string, string)>();
        for (var i = 0; i < count; i++)
        {
            reader.ReadList();
            list.Add((reader.ReadText(), reader.ReadText(), reader.ReadText()));
        }

        return new PagefindParts(list);
    }

    /// <summary>
    /// The hash of the part whose bounds hold a word, as Pagefind's search script looks a word up. (When no part's do, it
    /// loads every part whose bounds hold the word cut to their length, which may be other words' too.)
    /// </summary>
    public string Holding(string word) =>
        parts.FirstOrDefault(part => string.CompareOrdinal(word, part.From) >= 0 && string.CompareOrdinal(word, part.To) <= 0).Hash
        ?? throw new InvalidOperationException($"No part's bounds hold \"{word}\": {string.Join(", ", parts.Select(part => $"{part.From}-{part.To}"))}");
}

using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace KnowledgeBase.Index;

/// <summary>
/// Gives a word on nearly every page an index part of its own. Pagefind closes a part of its index once the part's words
/// reach a fixed number of positions, counting the word that crosses it, so a rare word that sorts just before "are" or
/// "the" shares that word's part, many times the usual size, and a query of the rare word downloads it. This splits each
/// such part, after Pagefind has written it, into the words before the crossing word and the crossing word alone, as
/// Pagefind would have cut it had the word been smaller: the words, their pages and positions, and so every search's
/// results, stay as Pagefind made them (docs/performance.md, "Index parts of words on nearly every page"). It also ends
/// every part at its last word whole (docs/performance.md, "Words at the end of index parts").
/// </summary>
public static class IndexPartSplitter
{
    /// <summary>
    /// Pagefind's part size, in its measure: each page of a word or of one of its spellings counts one more than its
    /// positions, and each spelling one more.
    /// </summary>
    public const int PartPositions = 20_000;

    /// <summary>
    /// A part whose crossing word takes it past this is split, so that a part of several words holds at most a quarter
    /// more than Pagefind's size; a smaller margin splits many parts whose crossing word is itself a rare one.
    /// </summary>
    public const int SplitAbove = PartPositions + PartPositions / 4;

    /// <summary>What Pagefind puts before the CBOR of each file it compresses, which its search script checks.</summary>
    private static readonly byte[] Signature = "pagefind_dcd"u8.ToArray();

    /// <summary>Splits and bounds the parts of every language of the index in this folder (the site's pagefind/); returns how many it split.</summary>
    public static int Split(string pagefindFolder)
    {
        var entryPath = Path.Combine(pagefindFolder, "pagefind-entry.json");
        var entryAsWritten = File.ReadAllText(entryPath);
        var entry = entryAsWritten;
        var split = 0;
        using (var document = JsonDocument.Parse(entry))
        {
            foreach (var language in document.RootElement.GetProperty("languages").EnumerateObject())
            {
                var metaHash = language.Value.GetProperty("hash").GetString()!;
                var (newHash, parts) = SplitLanguage(pagefindFolder, language.Name, metaHash);
                if (newHash != metaHash)
                {
                    // Only the language's hash changes; the rest of Pagefind's entry file stays byte for byte.
                    entry = entry.Replace($"\"hash\":\"{metaHash}\"", $"\"hash\":\"{newHash}\"", StringComparison.Ordinal);
                    split += parts;
                }
            }
        }

        if (entry != entryAsWritten)
        {
            File.WriteAllText(entryPath, entry);
        }

        return split;
    }

    /// <summary>Splits one language's parts; returns the hash of its metadata, new when a part was split or a bound moved, and how many were split.</summary>
    private static (string MetaHash, int Split) SplitLanguage(string pagefindFolder, string language, string metaHash)
    {
        var metaPath = Path.Combine(pagefindFolder, $"pagefind.{metaHash}.pf_meta");
        var meta = Read(metaPath);
        var reader = new CborItems(meta);
        var fields = reader.ReadList();
        var start = reader.Position;
        reader.Skip(2);
        var beforeParts = meta.AsMemory(start, reader.Position - start); // the version and the pages
        var parts = new List<(string From, string To, string Hash)>();
        var split = 0;
        var boundMoved = false;
        var count = reader.ReadList();
        for (var i = 0; i < count; i++)
        {
            if (reader.ReadList() != 3)
            {
                throw new InvalidDataException($"{metaPath}: an index part is not named by its first word, last word and hash.");
            }

            var part = (From: reader.ReadText(), To: reader.ReadText(), Hash: reader.ReadText());
            var partPath = Path.Combine(pagefindFolder, "index", $"{part.Hash}.pf_index");
            // Each part ends at its last word whole: Pagefind ends it at the word's shortest beginning ("aq" for "aqualyx"),
            // which leaves the words after that beginning outside every part's bounds, and its search script then loads,
            // besides their part, every part whose bounds hold their beginning ("a", a word on nearly every page).
            var words = ReadWords(Read(partPath));
            if (words.Count < 2 || words.Sum(word => word.Positions) <= SplitAbove)
            {
                parts.Add((part.From, words[^1].Word, part.Hash));
                boundMoved |= words[^1].Word != part.To;
                continue;
            }

            parts.Add((part.From, words[^2].Word, WritePart(pagefindFolder, language, words[..^1])));
            parts.Add((FirstBound(words[^2].Word, words[^1].Word), words[^1].Word, WritePart(pagefindFolder, language, words[^1..])));
            File.Delete(partPath);
            split++;
        }

        if (split == 0 && !boundMoved)
        {
            return (metaHash, 0);
        }

        var written = new ArrayBufferWriter<byte>(meta.Length);
        CborItems.WriteList(written, fields);
        written.Write(beforeParts.Span);
        CborItems.WriteList(written, parts.Count);
        foreach (var (from, to, hash) in parts)
        {
            CborItems.WriteList(written, 3);
            CborItems.WriteText(written, from);
            CborItems.WriteText(written, to);
            CborItems.WriteText(written, hash);
        }

        written.Write(meta.AsSpan(reader.Position)); // the filters, sorts and whatever follows, as Pagefind wrote them
        var newHash = FreeName(pagefindFolder, language, written.WrittenSpan, language.Length + 8, hash => $"pagefind.{hash}.pf_meta");
        Write(Path.Combine(pagefindFolder, $"pagefind.{newHash}.pf_meta"), written.WrittenSpan);
        File.Delete(metaPath);
        return (newHash, split);
    }

    /// <summary>A word of a part: its text, its encoding as Pagefind wrote it, and its size in Pagefind's measure.</summary>
    internal sealed record PartWord(string Word, ReadOnlyMemory<byte> Encoded, int Positions);

    /// <summary>Reads a part's words, each a list of its text, its pages and its other spellings.</summary>
    internal static List<PartWord> ReadWords(byte[] part)
    {
        var reader = new CborItems(part);
        reader.ReadList();
        var count = reader.ReadList();
        var words = new List<PartWord>(count);
        for (var i = 0; i < count; i++)
        {
            var start = reader.Position;
            var fields = reader.ReadList();
            var word = reader.ReadText();
            var positions = PagePositions(ref reader);
            if (fields > 2)
            {
                // The word's other spellings (with accents), each with its own pages, and each counting one more.
                var spellings = reader.ReadList();
                for (var spelling = 0; spelling < spellings; spelling++)
                {
                    var spellingFields = reader.ReadList();
                    reader.Skip();
                    positions += PagePositions(ref reader) + 1;
                    reader.Skip(spellingFields - 2);
                }
            }

            reader.Skip(fields - 3);
            words.Add(new PartWord(word, part.AsMemory(start, reader.Position - start), positions));
        }

        return words;
    }

    /// <summary>Reads a word's pages, each its number and lists of positions; returns their size in Pagefind's measure.</summary>
    private static int PagePositions(ref CborItems reader)
    {
        var pages = reader.ReadList();
        var positions = pages;
        for (var page = 0; page < pages; page++)
        {
            var fields = reader.ReadList();
            reader.Skip();
            for (var field = 1; field < fields; field++)
            {
                if (reader.AtList)
                {
                    var count = reader.ReadList();
                    positions += count;
                    reader.Skip(count);
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return positions;
    }

    /// <summary>Writes a part of these words, encoded as Pagefind encodes a part; returns its hash, which names it in the metadata.</summary>
    private static string WritePart(string pagefindFolder, string language, IReadOnlyList<PartWord> words)
    {
        var written = new ArrayBufferWriter<byte>();
        CborItems.WriteList(written, 1);
        CborItems.WriteList(written, words.Count);
        foreach (var word in words)
        {
            written.Write(word.Encoded.Span);
        }

        var hash = FreeName(pagefindFolder, language, written.WrittenSpan, 7, hash => Path.Combine("index", $"{hash}.pf_index"));
        Write(Path.Combine(pagefindFolder, "index", $"{hash}.pf_index"), written.WrittenSpan);
        return hash;
    }

    /// <summary>
    /// Where a part begins, as Pagefind bounds its parts: the shortest beginning of its first word that tells it from the
    /// last word of the part before, so that a query of that beginning ("ar") finds the part of the words it begins.
    /// </summary>
    public static string FirstBound(string last, string first)
    {
        var shared = last.EnumerateRunes().Zip(first.EnumerateRunes()).TakeWhile(pair => pair.First == pair.Second).Count();
        return string.Concat(first.EnumerateRunes().Take(shared + 1).Select(letter => letter.ToString()));
    }

    /// <summary>A name from the content's hash, as long as Pagefind's and longer only if a file of the index already has it.</summary>
    private static string FreeName(string pagefindFolder, string language, ReadOnlySpan<byte> content, int length, Func<string, string> path)
    {
        var hex = Convert.ToHexStringLower(SHA1.HashData(content));
        while (length < hex.Length && File.Exists(Path.Combine(pagefindFolder, path($"{language}_{hex[..length]}"))))
        {
            length++;
        }

        return $"{language}_{hex[..length]}";
    }

    /// <summary>What a compressed file of the index holds, after the signature Pagefind puts before it.</summary>
    internal static byte[] Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        var content = bytes.ToArray();
        return content.AsSpan().StartsWith(Signature)
            ? content[Signature.Length..]
            : throw new InvalidDataException($"{path} is not a file of the Pagefind index this generator knows.");
    }

    private static void Write(string path, ReadOnlySpan<byte> content)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        gzip.Write(Signature);
        gzip.Write(content);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;
using Markdig.Syntax;

namespace KnowledgeBase.Markdown;

/// <summary>
/// What the last build read from each file's Markdown, kept in .cache/files/: the facts of its documents
/// (<see cref="MarkdownFacts"/>, in markdown-facts.bin), keyed on the documents' text, where they start in the file and
/// the Markdown pipeline; and the glossary terms each article uses first (glossary-uses.bin), keyed on that and the
/// glossary as well. A file whose facts are kept is parsed only when its page is rendered. Only the facts of a parse that
/// reported nothing are kept, so every Markdown mistake is found and reported on every build.
/// </summary>
public sealed class MarkdownFactStore
{
    private readonly FileFactStore<DocumentFacts> _documents;
    private readonly FileFactStore<int[]> _glossaryUses;

    // Never read: it only keeps the trees this build parsed alive for as long as the store is (see Keep).
    private readonly ConcurrentQueue<MarkdownDocument> _parsedThisBuild = new();

    // By identity: a glossary is a list the load stage made, never changed after.
    private readonly ConditionalWeakTable<IReadOnlyList<GlossaryTerm>, string> _glossaryHashes = new();

    private MarkdownFactStore(FileFactStore<DocumentFacts> documents, FileFactStore<int[]> glossaryUses)
    {
        _documents = documents;
        _glossaryUses = glossaryUses;
    }

    /// <summary>No store: every document is parsed, nothing is kept.</summary>
    public static MarkdownFactStore None => new(FileFactStore<DocumentFacts>.None, FileFactStore<int[]>.None);

    /// <summary>The facts the last build of the site at <paramref name="siteRoot"/> kept, for documents parsed with the site's pipeline.</summary>
    public static MarkdownFactStore Of(string siteRoot)
    {
        var settings = string.Join(',', MarkdownPipelineFactory.Create().Extensions.Select(extension => extension.GetType().FullName));
        return new(
            FileFactStore<DocumentFacts>.Of(siteRoot, "markdown-facts.bin", $"kb-markdown-facts 1 {settings}", ReadDocuments, WriteDocuments),
            FileFactStore<int[]>.Of(siteRoot, "glossary-uses.bin", "kb-glossary-uses 2", ReadIndexes, WriteIndexes));
    }

    /// <summary>
    /// The key of a file's Markdown documents: each one's text and where it starts in the file, which together are all
    /// its facts are made from (the pipeline and the generator are the store's own).
    /// </summary>
    public static string KeyOf(IEnumerable<(string Markdown, SourceLocation Origin)> documents)
    {
        // Hashed piece by piece: every file's text is keyed on every build, and a copy of each would only be garbage.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (markdown, origin) in documents)
        {
            var start = $"{origin.Path}\0{origin.Line}\0{origin.Column}\0{markdown.Length}\0";
            hash.AppendData(MemoryMarshal.AsBytes(start.AsSpan()));
            hash.AppendData(MemoryMarshal.AsBytes(markdown.AsSpan()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The facts kept for a file's documents, in the order they were kept; false when none are.</summary>
    public bool TryGet(string key, [MaybeNullWhen(false)] out IReadOnlyList<MarkdownFacts> facts)
    {
        facts = _documents.TryGet(key, out var stored) ? stored.Facts : null;
        return facts is not null;
    }

    /// <summary>
    /// Keeps the facts of a file's documents, parsed without a problem, and holds their trees for as long as this store
    /// is held (to the end of the link stage): the checks and the link stage read some trees again (glossary terms,
    /// reading levels), which is cheaper than parsing them again, while the render stage parses each again if it was freed.
    /// </summary>
    public void Keep(string key, string path, IReadOnlyList<MarkdownFacts> facts, IEnumerable<MarkdownDocument> trees)
    {
        _documents.Keep(key, new DocumentFacts(path, facts));
        foreach (var tree in trees)
        {
            _parsedThisBuild.Enqueue(tree);
        }
    }

    /// <summary>The positions in <paramref name="glossary"/> of the terms an article uses, in the order of their first use; false when not kept.</summary>
    public bool TryGetGlossaryUses(string key, IReadOnlyList<GlossaryTerm> glossary, [MaybeNullWhen(false)] out IReadOnlyList<GlossaryTerm> terms)
    {
        terms = _glossaryUses.TryGet(GlossaryKey(key, glossary), out var indexes) && indexes.All(index => index < glossary.Count)
            ? indexes.Select(index => glossary[index]).ToList()
            : null;
        return terms is not null;
    }

    /// <summary>Keeps the terms of <paramref name="glossary"/> an article uses, in the order of their first use.</summary>
    public void KeepGlossaryUses(string key, IReadOnlyList<GlossaryTerm> glossary, IEnumerable<GlossaryTerm> terms)
    {
        var position = new Dictionary<GlossaryTerm, int>(ReferenceEqualityComparer.Instance);
        for (var index = 0; index < glossary.Count; index++)
        {
            position.TryAdd(glossary[index], index);
        }

        _glossaryUses.Keep(GlossaryKey(key, glossary), [.. terms.Select(term => position[term])]);
    }

    /// <summary>Keeps this build's documents' facts for the next; a store that cannot be written is simply not there next time.</summary>
    public void SaveFacts() => _documents.Save();

    /// <summary>Keeps this build's glossary uses for the next, once the link stage has found them all (a check stops before).</summary>
    public void SaveGlossaryUses() => _glossaryUses.Save();

    /// <summary>The key of an article's glossary uses: its Markdown's key and the hash of every name the glossary matches.</summary>
    private string GlossaryKey(string key, IReadOnlyList<GlossaryTerm> glossary) =>
        Hash(key + "\0" + _glossaryHashes.GetValue(glossary, HashOfNames));

    /// <summary>Every name a glossary matches, in order, hashed: once per glossary, not once per article.</summary>
    private static string HashOfNames(IReadOnlyList<GlossaryTerm> glossary) =>
        Hash(string.Join('\0', glossary.Select(term => string.Join('\u0001', term.Names.Prepend(term.Id)))));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan())));

    /// <summary>The facts of one file's documents; locations in the file itself are written without its path.</summary>
    private sealed record DocumentFacts(string Path, IReadOnlyList<MarkdownFacts> Facts);

    private static void WriteDocuments(BinaryWriter writer, DocumentFacts file)
    {
        void WriteLocation(SourceLocation location)
        {
            writer.Write(location.Path == file.Path ? "" : location.Path);
            writer.Write7BitEncodedInt(location.Line);
            writer.Write7BitEncodedInt(location.Column);
        }

        writer.Write(file.Path);
        writer.Write7BitEncodedInt(file.Facts.Count);
        foreach (var facts in file.Facts)
        {
            writer.Write7BitEncodedInt(facts.Headings.Count);
            foreach (var heading in facts.Headings)
            {
                writer.Write(heading.Id);
                writer.Write(heading.Text);
                writer.Write7BitEncodedInt(heading.Level);
                WriteLocation(heading.Location);
            }

            writer.Write7BitEncodedInt(facts.Links.Count);
            foreach (var link in facts.Links)
            {
                writer.Write(link.Url);
                writer.Write(link.IsImage);
                writer.Write(link.HasText);
                WriteLocation(link.Location);
            }

            writer.Write7BitEncodedInt(facts.Citations.Count);
            foreach (var citation in facts.Citations)
            {
                writer.Write(citation.Key);
                writer.Write(citation.Locator is not null);
                if (citation.Locator is { } locator)
                {
                    writer.Write(locator);
                }

                WriteLocation(citation.Location);
                writer.Write7BitEncodedInt(citation.Group);
            }

            writer.Write7BitEncodedInt(facts.UnreadableCitations.Count);
            foreach (var location in facts.UnreadableCitations)
            {
                WriteLocation(location);
            }

            writer.Write7BitEncodedInt(facts.WordCount);
        }
    }

    private static DocumentFacts ReadDocuments(BinaryReader reader)
    {
        var path = reader.ReadString();
        SourceLocation ReadLocation() => new(reader.ReadString() is { Length: > 0 } other ? other : path, reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());

        var facts = reader.ReadList(() => new MarkdownFacts(
            reader.ReadList(() => new HeadingFact(reader.ReadString(), reader.ReadString(), reader.Read7BitEncodedInt(), ReadLocation())),
            reader.ReadList(() => new LinkFact(reader.ReadString(), reader.ReadBoolean(), reader.ReadBoolean(), ReadLocation())),
            reader.ReadList(() => new CitationFact(reader.ReadString(), reader.ReadBoolean() ? reader.ReadString() : null, ReadLocation(), reader.Read7BitEncodedInt())),
            reader.ReadList(ReadLocation),
            reader.Read7BitEncodedInt()));
        return new DocumentFacts(path, facts);
    }

    private static void WriteIndexes(BinaryWriter writer, int[] indexes)
    {
        writer.Write7BitEncodedInt(indexes.Length);
        foreach (var index in indexes)
        {
            writer.Write7BitEncodedInt(index);
        }
    }

    private static int[] ReadIndexes(BinaryReader reader) => [.. reader.ReadList(reader.ReadNonNegative)];
}

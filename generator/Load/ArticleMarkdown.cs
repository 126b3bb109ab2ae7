using System.Text;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using Markdig;
using Markdig.Syntax;

namespace KnowledgeBase.Load;

/// <summary>
/// Parses the Markdown of an article (its body and key points) or of a standing page, and reads the facts the later
/// stages need from it (<see cref="MarkdownFacts"/>): the one place English files and translations alike get both.
/// When an earlier build kept the facts of the same text, they are read instead, and the text is parsed only when a
/// page needs its tree; a tree parsed here is held only while something reads it (<see cref="MarkdownTree"/>).
/// </summary>
public static class ArticleMarkdown
{
    public static Article Read(
        FrontMatterDocument document, string slug, SourceLocation slugLocation, ArticleFrontMatter meta, MarkdownPipeline pipeline, MarkdownFactStore stored, DiagnosticBag diagnostics)
    {
        var (key, trees, facts) = Parse([.. meta.KeyPoints.Select(point => (point.Value, point.Location)), (document.Body, BodyOrigin(document))], document.Path, pipeline, stored, diagnostics);
        return new Article(document.Path, slug, slugLocation, meta, trees[^1], document.BodyFirstLine)
        {
            MarkdownKey = key,
            KeyPointTrees = trees[..^1],
            BodyFacts = facts[^1],
            KeyPointFacts = facts.Take(facts.Count - 1).ToList(),
        };
    }

    public static ContentPage ReadPage(
        FrontMatterDocument document, string slug, Located<string>? writtenSlug, string title, string summary, MarkdownPipeline pipeline, MarkdownFactStore stored, DiagnosticBag diagnostics)
    {
        var (_, trees, facts) = Parse([(document.Body, BodyOrigin(document))], document.Path, pipeline, stored, diagnostics);
        return new ContentPage(document.Path, slug, writtenSlug, title, summary, trees[0], document.BodyFirstLine) { BodyFacts = facts[0] };
    }

    /// <summary>
    /// The documents of one file (its body the last), each with its facts, and the key they are kept under. The facts of documents parsed
    /// without a problem are kept; documents whose facts were kept are parsed when first read, and report nothing then.
    /// </summary>
    private static (string Key, MarkdownTree[] Trees, IReadOnlyList<MarkdownFacts> Facts) Parse(
        (string Markdown, SourceLocation Origin)[] documents, string path, MarkdownPipeline pipeline, MarkdownFactStore stored, DiagnosticBag diagnostics)
    {
        var key = MarkdownFactStore.KeyOf(documents);
        if (stored.TryGet(key, out var facts) && facts.Count == documents.Length)
        {
            return (key, [.. documents.Select((text, index) => MarkdownTree.ParsedWhenRead(ParseAgain(text, IsFileBody(index), pipeline)))], facts);
        }

        var problems = new DiagnosticBag();
        var parsed = documents.Select(text => MarkdownSource.Parse(text.Markdown, text.Origin, pipeline, problems)).ToList();
        var made = parsed.Select((tree, index) => MarkdownFacts.Of(tree, documents[index].Origin)).ToList();
        var reported = problems.Sorted();
        foreach (var problem in reported)
        {
            diagnostics.Add(problem);
        }

        if (reported.Count > 0)
        {
            return (key, [.. parsed.Select(MarkdownTree.Of)], made);
        }

        stored.Keep(key, path, made, parsed);
        return (key, [.. parsed.Select((tree, index) => MarkdownTree.ParsedAgainWhenFreed(tree, ParseAgain(documents[index], IsFileBody(index), pipeline)))], made);

        bool IsFileBody(int index) => index == documents.Length - 1;
    }

    /// <summary>
    /// Parses a document that parsed without a problem before, so reports nothing. A file's body is held as UTF-8 until
    /// then, as it was read: half the memory of the string for text that is mostly ASCII, and every article holds its body
    /// from load to the end of the build, which the collector copies as it ages (docs/performance.md). Other documents
    /// are text the front matter holds anyway, and YAML may give them what UTF-8 cannot hold (a lone surrogate).
    /// </summary>
    private static Func<MarkdownDocument> ParseAgain((string Markdown, SourceLocation Origin) text, bool fileBody, MarkdownPipeline pipeline) =>
        fileBody ? ParseAgain(Encoding.UTF8.GetBytes(text.Markdown), text.Origin, pipeline) : () => MarkdownSource.Parse(text.Markdown, text.Origin, pipeline, new DiagnosticBag());

    /// <summary>Parses UTF-8 text again; a method of its own, so that the parse holds the bytes and not the string.</summary>
    private static Func<MarkdownDocument> ParseAgain(byte[] utf8, SourceLocation origin, MarkdownPipeline pipeline) =>
        () => MarkdownSource.Parse(Encoding.UTF8.GetString(utf8), origin, pipeline, new DiagnosticBag());

    /// <summary>Where the first character of the file's body is.</summary>
    private static SourceLocation BodyOrigin(FrontMatterDocument document) => new(document.Path, document.BodyFirstLine, 1);
}

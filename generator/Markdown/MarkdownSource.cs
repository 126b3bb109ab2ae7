using KnowledgeBase.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown;

/// <summary>
/// Parses Markdown that sits somewhere in a content file (an article body, a key point in front matter) so that
/// positions found while parsing, such as those of citations, are positions in that file.
/// </summary>
public static class MarkdownSource
{
    private static readonly object OriginKey = typeof(MarkdownSource);

    private static readonly SourceLocation NoOrigin = new("", 1, 1);

    /// <summary>
    /// Markdown nested deeper than this (quotes in quotes, lists in lists, links in links) is refused: no content needs
    /// it, and Markdig refuses far deeper nesting only with an exception, while parsing or while rendering.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>The parsed Markdown, or an empty document after reporting Markdown nested too deeply.</summary>
    /// <param name="origin">Where the first character of <paramref name="markdown"/> is in its file.</param>
    public static MarkdownDocument Parse(string markdown, SourceLocation origin, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var context = new MarkdownParserContext();
        context.Properties[OriginKey] = origin;
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, pipeline, context);
        }
        catch (ArgumentException) when (TooDeep(origin, diagnostics))
        {
            return new MarkdownDocument();
        }

        return FirstTooDeep(document, depth: 0) is { } deep && TooDeep(Locate(origin, document, deep.Span.Start), diagnostics)
            ? new MarkdownDocument()
            : document;
    }

    /// <summary>Reports Markdown nested too deeply at <paramref name="location"/>; always true, to be used as a filter.</summary>
    private static bool TooDeep(SourceLocation location, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCode.MarkdownTooDeep, location,
            $"the Markdown here is nested more than {MaxDepth} levels deep (quotes, lists or brackets inside each other); content never needs that");
        return true;
    }

    /// <summary>
    /// The first block or inline element more than <see cref="MaxDepth"/> levels down, or null. Walked with plain loops:
    /// every file is walked once on every build, and an enumerator and a delegate per element cost more than the walk.
    /// </summary>
    private static MarkdownObject? FirstTooDeep(MarkdownObject node, int depth)
    {
        if (depth > MaxDepth)
        {
            return node;
        }

        switch (node)
        {
            case ContainerBlock block:
                for (var index = 0; index < block.Count; index++)
                {
                    if (FirstTooDeep(block[index], depth + 1) is { } deep)
                    {
                        return deep;
                    }
                }

                return null;
            case LeafBlock { Inline: { } inline }:
                return FirstTooDeep(inline, depth + 1);
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    if (FirstTooDeep(child, depth + 1) is { } deep)
                    {
                        return deep;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The origin the text being parsed was given, or the start of an unnamed file.</summary>
    public static SourceLocation OriginOf(MarkdownParserContext? context) =>
        context?.Properties.TryGetValue(OriginKey, out var origin) == true && origin is SourceLocation location ? location : NoOrigin;

    /// <summary>The file position of a character of a parsed document, by its index in the document's text.</summary>
    public static SourceLocation Locate(SourceLocation origin, MarkdownDocument document, int index)
    {
        var lineStarts = document.LineStartIndexes ?? [0];
        var found = lineStarts.BinarySearch(index);
        var line = Math.Max(0, found >= 0 ? found : ~found - 1);
        return Locate(origin, line, index - lineStarts[line]);
    }

    /// <summary>The file position of a 0-based line and column within text that starts at <paramref name="origin"/>.</summary>
    public static SourceLocation Locate(SourceLocation origin, int line, int column) =>
        new(origin.Path, origin.Line + line, line == 0 ? origin.Column + column : column + 1);
}

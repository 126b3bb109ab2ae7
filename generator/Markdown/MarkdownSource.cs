using KnowledgeBase.Diagnostics;
using Markdig;
using Markdig.Syntax;

namespace KnowledgeBase.Markdown;

/// <summary>
/// Parses Markdown that sits somewhere in a content file (an article body, a key point in front matter) so that
/// positions found while parsing, such as those of citations, are positions in that file.
/// </summary>
public static class MarkdownSource
{
    private static readonly object OriginKey = typeof(MarkdownSource);

    private static readonly SourceLocation NoOrigin = new("", 1, 1);

    /// <param name="origin">Where the first character of <paramref name="markdown"/> is in its file.</param>
    public static MarkdownDocument Parse(string markdown, SourceLocation origin, MarkdownPipeline pipeline)
    {
        var context = new MarkdownParserContext();
        context.Properties[OriginKey] = origin;
        return Markdig.Markdown.Parse(markdown, pipeline, context);
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

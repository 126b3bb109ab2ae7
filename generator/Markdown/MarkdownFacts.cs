using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Markdown.HeadingAnchors;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown;

/// <summary>
/// What the validate, link and render stages read from one parsed Markdown document (an article's body or key point, a
/// page's body) for every file, rendered or not: its headings, links and citations, text that looks like a citation
/// but did not parse, each with where it is written, and how many words it has. They are read from the tree in one
/// walk, here, so that no stage walks the tree for them, and they are what a build keeps of each file for the next
/// (<see cref="MarkdownFactStore"/>), so that a file not rendered is not parsed.
/// </summary>
public sealed record MarkdownFacts(
    IReadOnlyList<HeadingFact> Headings,
    IReadOnlyList<LinkFact> Links,
    IReadOnlyList<CitationFact> Citations,
    IReadOnlyList<SourceLocation> UnreadableCitations,
    int WordCount)
{
    /// <summary>The facts of a document parsed from text whose first character is at <paramref name="origin"/> in its file.</summary>
    public static MarkdownFacts Of(MarkdownDocument document, SourceLocation origin)
    {
        var headings = new List<HeadingFact>();
        var links = new List<LinkFact>();
        var citations = new List<CitationFact>();
        var unreadable = new List<SourceLocation>();
        var (groups, words) = (0, 0);
        foreach (var node in MarkdownWalk.All<MarkdownObject>(document))
        {
            switch (node)
            {
                case HeadingBlock heading:
                    headings.Add(new HeadingFact(HeadingIds.IdOf(heading), HeadingIds.TextOf(heading), heading.Level, InFile(origin, heading)));
                    break;
                case LinkInline link:
                    var hasText = link.Descendants<LiteralInline>().Any(text => !text.Content.IsEmptyOrWhitespace());
                    links.Add(new LinkFact(link.Url ?? "", link.IsImage, hasText, InFile(origin, link)));
                    break;
                case CitationGroup group:
                    var index = groups++;
                    citations.AddRange(group.Items.Select(item => new CitationFact(item.Key, item.Locator, item.Location, index)));
                    break;
                case LiteralInline literal:
                    words += Words.Count(literal.Content.AsSpan());
                    if (OpensUnreadableCitation(literal) is { } bracket)
                    {
                        unreadable.Add(MarkdownSource.Locate(origin, document, literal.Span.Start + bracket));
                    }

                    break;
            }
        }

        return new MarkdownFacts(headings, links, citations, unreadable, words);
    }

    /// <summary>Where a block or inline element starts in the file; its line is counted from the document's first.</summary>
    private static SourceLocation InFile(SourceLocation origin, MarkdownObject node) => new(origin.Path, node.Line + origin.Line, node.Column + 1);

    /// <summary>
    /// The index of the '[' in the literal that opens what looks like a citation, '[@', yet did not parse as one: a
    /// typo that would otherwise show as text. Null when there is none.
    /// </summary>
    private static int? OpensUnreadableCitation(LiteralInline literal)
    {
        // Most running text has no bracket, and is not copied into a string to find that out.
        if (literal.Content.AsSpan().LastIndexOf('[') < 0)
        {
            return null;
        }

        var text = literal.Content.ToString();
        var bracket = text.LastIndexOf('[');
        var opensCitation = (CitationParser.IsCitationStart(text, bracket + 1, text.Length)
            || (text[(bracket + 1)..].Trim().Length == 0 && literal.NextSibling is LiteralInline next && next.Content.ToString().TrimStart().StartsWith('@')));
        return opensCitation ? bracket : null;
    }
}

/// <summary>A heading: its id (as the page gives it), its text without markup, its level and where it is written.</summary>
public sealed record HeadingFact(string Id, string Text, int Level, SourceLocation Location);

/// <summary>A link or image: its address as written ("" when it has none), whether it has any text, and where it is written.</summary>
public sealed record LinkFact(string Url, bool IsImage, bool HasText, SourceLocation Location);

/// <summary>
/// One cited key, with its locator ("p. 181"), where it is written and which citation of the document holds it (the
/// first, second... in reading order), by which the sentence that cites it is found when a page quotes it.
/// </summary>
public sealed record CitationFact(string Key, string? Locator, SourceLocation Location, int Group);

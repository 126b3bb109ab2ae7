using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Citations;

/// <summary>A Pandoc-style citation in Markdown, <c>[@a]</c> or <c>[@a; @b, p. 4]</c>: one or more cited keys, in written order.</summary>
public sealed class CitationGroup(IReadOnlyList<CitationItem> items) : LeafInline
{
    public IReadOnlyList<CitationItem> Items { get; } = items;
}

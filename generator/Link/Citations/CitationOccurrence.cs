using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Citations;

namespace KnowledgeBase.Link.Citations;

/// <summary>
/// One place an article cites a source: the key, its locator, where it is written (which also identifies it), which
/// citation of that key it is in page order (from 1), the part of the article it is in, and the sentence that cites it.
/// </summary>
public sealed record CitationOccurrence(string Key, string? Locator, SourceLocation Location, int Ordinal, CitingPart Part, CitingSentence CitingText)
{
    /// <summary>The element id its superscript link gets on the page: <c>cite-&lt;key&gt;-&lt;ordinal&gt;</c>.</summary>
    public string AnchorId => $"cite-{Key}-{Ordinal}";
}

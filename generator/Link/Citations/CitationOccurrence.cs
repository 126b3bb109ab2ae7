using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Link.Citations;

/// <summary>
/// One place an article cites a source: the key, its locator, where it is written (which also identifies it), the
/// element id its superscript link gets on the page, the part of the article it is in, and the sentence that cites it.
/// </summary>
public sealed record CitationOccurrence(string Key, string? Locator, SourceLocation Location, string AnchorId, CitingPart Part, string CitingText);

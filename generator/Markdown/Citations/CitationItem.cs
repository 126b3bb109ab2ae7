using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Markdown.Citations;

/// <summary>
/// One cited key: <c>@park2008</c> in <c>[@park2008, p. 181]</c>, with its locator ("p. 181") and where it is
/// written. The location also identifies the occurrence, so the link stage can give it an anchor id.
/// </summary>
public sealed record CitationItem(string Key, string? Locator, SourceLocation Location);

using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Markdown.Citations;

/// <summary>A key cited somewhere in an article, before it is given an anchor id: what validation checks and the link stage numbers.</summary>
public sealed record CitedKey(string Key, string? Locator, SourceLocation Location, CitingPart Part, CitingSentence CitingText);

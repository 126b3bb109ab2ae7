using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>
/// One rule of content/search-intents.yml: the shapes of a question ("is * safe", "how much") and the kinds of section
/// that answer it, as heading ids or parts of them ("is-it-safe", "side-effects"); search ranks such sections higher
/// for a query of that shape.
/// </summary>
public sealed record SearchIntent(IReadOnlyList<string> Questions, IReadOnlyList<string> Sections, SourceLocation Location);

using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>
/// Words and phrases patients and clinicians use for the same thing (one list in content/synonyms.yml),
/// lower-cased; search treats a query for any of them as a query for all of them.
/// </summary>
public sealed record SynonymGroup(IReadOnlyList<string> Terms, SourceLocation Location);

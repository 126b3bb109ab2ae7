using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>
/// A country the articles cover (one entry of i18n/&lt;lang&gt;.yml search_countries): the heading ids of its sections, or
/// whole hyphenated parts of them ("in-europe"), each where it is written, and the names a query may give it.
/// </summary>
public sealed record SearchCountry(IReadOnlyList<Located<string>> Sections, IReadOnlyList<string> Names, SourceLocation Location);

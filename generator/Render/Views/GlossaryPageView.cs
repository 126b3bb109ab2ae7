namespace KnowledgeBase.Render.Views;

/// <summary>The glossary page: every term in alphabetical order, grouped by first letter, with a letter index.</summary>
public sealed record GlossaryPageView(string Title, IReadOnlyList<GlossaryLetterView> Letters);

/// <summary>The terms that start with one letter, and the id the letter index links to.</summary>
public sealed record GlossaryLetterView(string Letter, string Id, IReadOnlyList<GlossaryEntryView> Terms);

/// <summary>One term: its anchor, its plain definition, its other names, the sources of the definition and the articles that use it.</summary>
/// <param name="Sources">Each source's short name ("Park 2008") and citation page, in the order the entry names them.</param>
public sealed record GlossaryEntryView(string Id, string Term, string Definition, IReadOnlyList<string> Synonyms, IReadOnlyList<LinkView> Sources, IReadOnlyList<LinkView> UsedIn);

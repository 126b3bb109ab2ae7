namespace KnowledgeBase.Render.Views;

/// <summary>The glossary page: every term in alphabetical order, grouped by first letter, with a letter index.</summary>
public sealed record GlossaryPageView(string Title, IReadOnlyList<GlossaryLetterView> Letters)
{
    /// <summary>The language of the terms when it is not the page's (a language without its own glossary shows the English one); null otherwise.</summary>
    public string? TermsLang { get; init; }
}

/// <summary>The terms that start with one letter, and the id the letter index links to.</summary>
public sealed record GlossaryLetterView(string Letter, string Id, IReadOnlyList<GlossaryEntryView> Terms);

/// <summary>One term: its anchor, its plain definition, its other names, the sources of the definition and the articles that use it.</summary>
/// <param name="Sources">Each source's short name ("Park 2008") and citation page, in the order the entry names them.</param>
/// <param name="UsedIn">The articles that use the term: all of them, or the first when more use it than an entry lists.</param>
public sealed record GlossaryEntryView(string Id, string Term, string Definition, IReadOnlyList<string> Synonyms, IReadOnlyList<LinkView> Sources, IReadOnlyList<LinkView> UsedIn)
{
    /// <summary>How many more articles use the term than <see cref="UsedIn"/> lists.</summary>
    public int MoreUses { get; init; }

    /// <summary>A search for the term, which finds the articles not listed; null when every article is listed.</summary>
    public string? MoreUsesUrl { get; init; }
}

namespace KnowledgeBase.Render.Views;

/// <summary>The bibliography at /references/: every source, grouped three ways, each grouping a section of the page.</summary>
public sealed record BibliographyView(string Title, string Introduction, IReadOnlyList<BibliographyGroupingView> Groupings)
{
    /// <summary>The navigation between the pages of a bibliography too long for one page; null otherwise.</summary>
    public PaginationView? Pagination { get; init; }
}

/// <summary>One way of grouping the sources (by year, by study design, by topic): a section with its own id.</summary>
public sealed record BibliographyGroupingView(string Heading, string Id, IReadOnlyList<BibliographyGroupView> Groups);

/// <summary>The sources in one group, such as "2008" or "Systematic reviews".</summary>
public sealed record BibliographyGroupView(string Heading, string Id, IReadOnlyList<BibliographyEntryView> Entries);

/// <summary>A source in the bibliography: its short name, title, kind of study, and its citation page.</summary>
public sealed record BibliographyEntryView(string Label, string Title, string Design, string Url)
{
    /// <summary>The language of the citation page when it is not the bibliography's (no translation of it yet); null otherwise.</summary>
    public string? HrefLang { get; init; }

    /// <summary>The language of the short name (authors, or the start of the title) when it is not the bibliography's; null otherwise.</summary>
    public string? LabelLang { get; init; }

    /// <summary>The language of the original title when it is not the bibliography's; null otherwise.</summary>
    public string? TitleLang { get; init; }

    /// <summary>The language of the kind of study when it is not the bibliography's (not translated yet); null otherwise.</summary>
    public string? DesignLang { get; init; }
}

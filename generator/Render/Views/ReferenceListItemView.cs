namespace KnowledgeBase.Render.Views;

/// <summary>
/// One source in an article's reference list: its number, its element id (what citation links point at), the
/// formatted reference, its citation page, and a link back to each place the article cites it. The preview fields are what the
/// citation preview shows on hover or focus.
/// </summary>
public sealed record ReferenceListItemView(
    int Number,
    string Id,
    string CitationHtml,
    string PageUrl,
    string ShortLabel,
    IReadOnlyList<BackLinkView> BackLinks,
    CitationPreviewView Preview);

/// <summary>A link from a reference list entry back to one place the source is cited.</summary>
public sealed record BackLinkView(string Href, string Text, string Label);

/// <summary>
/// What a citation's preview shows: title, year, study design and key finding (blank parts are empty); on a page in
/// another language, the language of the design and the finding where they are still English (null where translated).
/// </summary>
public sealed record CitationPreviewView(string Title, string Year, string Design, string Finding)
{
    public string? DesignLang { get; init; }

    public string? FindingLang { get; init; }
}

namespace KnowledgeBase.Render.Views;

/// <summary>
/// A source's citation page: the full record, the plain-language summary, what the study did and found, what
/// could not be checked, where our articles cite it, and the ways to cite it (text to copy, files to download).
/// </summary>
public sealed record ReferencePageView(
    string Title,
    string ShortLabel,
    string CitationText,
    VerificationNoticeView? Notice,
    string SummaryHtml,
    IReadOnlyList<RecordFieldView> Study,
    IReadOnlyList<RecordFieldView> Record,
    IReadOnlyList<LinkView> Links,
    IReadOnlyList<CitedInArticleView> CitedIn,
    IReadOnlyList<LinkView> Downloads,
    string BibliographyUrl)
{
    /// <summary>On a page in a translation language, the code of the language of the original record (its title); null otherwise.</summary>
    public string? EnglishLang { get; init; }
}

/// <summary>One term and its value in a definition list.</summary>
public sealed record RecordFieldView(string Label, string Value)
{
    /// <summary>The language of the value when it is not the page's (an English title on a Spanish page); null otherwise.</summary>
    public string? Lang { get; init; }
}

/// <summary>What a reader should know before relying on a partly verified or cite-with-caution source.</summary>
public sealed record VerificationNoticeView(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>An article that cites the source, and each sentence that does, linked to the citation's place.</summary>
public sealed record CitedInArticleView(string Title, string Url, IReadOnlyList<LinkView> Sentences)
{
    /// <summary>The article's language when it is not the page's (an English article on a Spanish page); null otherwise.</summary>
    public string? Lang { get; init; }
}

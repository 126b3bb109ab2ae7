namespace KnowledgeBase.Render.Views;

/// <summary>
/// The search page of a language: the form (pre-filled by the script from ?q=) and, for readers without JavaScript,
/// every searchable page listed by type. Each listing's type is also the value of its result filter.
/// When nothing matches a query, the script shows the topics and the home page's questions instead.
/// </summary>
public sealed record SearchPageView(
    string Title, IReadOnlyList<SearchListingView> Listings, string TopicsUrl, IReadOnlyList<QuestionView> Questions)
{
    /// <summary>On a page in another language, the language of the topics page linked to while it is the reference language's; null otherwise.</summary>
    public string? TopicsHreflang { get; init; }

    /// <summary>
    /// The search of every other language, which the script offers when a query reads as that language's rather than
    /// the page's ("mesoterapia para la celulitis" on the English search).
    /// </summary>
    public IReadOnlyList<OtherLanguageSearchView> OtherLanguages { get; init; } = [];

    /// <summary>The script that searches the other languages, which the page loads only for a query it may need.</summary>
    public string OtherLanguagesModuleUrl { get; init; } = "";
}

/// <summary>
/// Another language's search page and vocabulary, the link's words in that language ("Buscar en español"), the label
/// of that language's results listed on this page ("En español") and the count of them the page announces ("31
/// resultados en español para «{query}»."): a reader who typed its words reads them.
/// </summary>
public sealed record OtherLanguageSearchView(
    string Lang, string SearchUrl, string VocabularyUrl, string LinkText, string ResultLabel, string OneResultText, string ResultsText);

/// <summary>
/// One type of search result (Articles, Sources: Pagefind's filter value) under its heading in the page's language, and
/// its pages: all of them, or the first when there are more than a page lists.
/// </summary>
public sealed record SearchListingView(string Type, string Heading, string Id, IReadOnlyList<ArticleLinkView> Pages)
{
    /// <summary>The listing's heading ("All articles").</summary>
    public string AllHeading { get; init; } = "";

    /// <summary>The text of the link to where every page of this type is listed ("All 250 articles").</summary>
    public string MoreText { get; init; } = "";

    /// <summary>Where every page of this type is listed, when <see cref="Pages"/> holds only the first of them; null otherwise.</summary>
    public string? MoreUrl { get; init; }

    /// <inheritdoc cref="SearchPageView.TopicsHreflang"/>
    public string? MoreHreflang { get; init; }
}

namespace KnowledgeBase.Render.Views;

/// <summary>
/// The search page: the form (pre-filled by the script from ?q=) and, for readers without JavaScript,
/// every searchable page listed by type. Each listing's heading is also the value of its result filter.
/// When nothing matches a query, the script shows the topics and the home page's questions instead.
/// </summary>
public sealed record SearchPageView(string Title, IReadOnlyList<SearchListingView> Listings, string TopicsUrl, IReadOnlyList<QuestionView> Questions);

/// <summary>One type of search result (Articles, Sources) and its pages: all of them, or the first when there are more than a page lists.</summary>
public sealed record SearchListingView(string Heading, string Id, IReadOnlyList<ArticleLinkView> Pages)
{
    /// <summary>How many pages of this type there are in all.</summary>
    public int Count { get; init; }

    /// <summary>Where every page of this type is listed, when <see cref="Pages"/> holds only the first of them; null otherwise.</summary>
    public string? MoreUrl { get; init; }
}

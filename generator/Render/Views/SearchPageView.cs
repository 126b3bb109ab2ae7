namespace KnowledgeBase.Render.Views;

/// <summary>
/// The search page: the form (pre-filled by the script from ?q=) and, for readers without JavaScript,
/// every searchable page listed by type. Each listing's heading is also the value of its result filter.
/// </summary>
public sealed record SearchPageView(string Title, IReadOnlyList<SearchListingView> Listings);

/// <summary>One type of search result (Articles, Sources) and every page of that type.</summary>
public sealed record SearchListingView(string Heading, string Id, IReadOnlyList<ArticleLinkView> Pages);

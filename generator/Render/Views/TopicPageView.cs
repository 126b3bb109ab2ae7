namespace KnowledgeBase.Render.Views;

/// <summary>
/// A titled list of articles with their summaries: a topic (tag) page, with what the topic covers, or a later page of
/// the home page's list of every article.
/// </summary>
public sealed record TopicPageView(string Title, string Description, IReadOnlyList<ArticleLinkView> Articles)
{
    /// <summary>The navigation between the pages of a list too long for one page; null otherwise.</summary>
    public PaginationView? Pagination { get; init; }

    /// <summary>The language of the title and description when they are not in the page's (site.yml does not translate the topic); null otherwise.</summary>
    public string? Lang { get; init; }
}

/// <summary>The list of every topic.</summary>
public sealed record TopicsPageView(string Title, IReadOnlyList<TopicLinkView> Topics);

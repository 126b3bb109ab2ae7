using KnowledgeBase.Content;
using KnowledgeBase.Link.Citations;

namespace KnowledgeBase.Link;

/// <summary>
/// The link stage's output: the content that will be published, in publishing order, with the
/// relations between pieces worked out once so that rendering only lays them out.
/// </summary>
public sealed record SiteGraph(SiteContent Content, SiteUrls Urls, IReadOnlyList<Article> PublishedArticles)
{
    /// <summary>Every alias of a published article, ordered by its old path.</summary>
    public IReadOnlyList<Redirect> Redirects { get; init; } = [];

    /// <summary>What each published article cites, numbered, and where each source is cited.</summary>
    public CitationGraph Citations { get; init; } = CitationGraph.Empty;
}

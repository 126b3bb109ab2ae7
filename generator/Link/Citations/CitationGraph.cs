using KnowledgeBase.Content;

namespace KnowledgeBase.Link.Citations;

/// <summary>Which published article cites which source, and where: each article's citations, and each source's "cited in".</summary>
public sealed class CitationGraph
{
    private readonly Dictionary<Article, ArticleCitations> _byArticle;
    private readonly Dictionary<string, List<(Article Article, CitationOccurrence Occurrence)>> _citedIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _topics = new(StringComparer.Ordinal);

    /// <summary>
    /// The citations of the published articles and of their <paramref name="translations"/>; a source's "cited in" and
    /// topics come from the English articles alone, which the translations cite alike.
    /// </summary>
    public CitationGraph(IReadOnlyList<Article> publishedArticles, IReadOnlyList<Article>? translations = null)
    {
        // Each article's citations are collected from its own text, so on every core; the dictionary is only looked up.
        _byArticle = publishedArticles.Concat(translations ?? []).AsParallel()
            .ToDictionary<Article, Article, ArticleCitations>(article => article, ArticleCitationCollector.Collect, ReferenceEqualityComparer.Instance);

        foreach (var article in publishedArticles)
        {
            foreach (var key in _byArticle[article].Numbering.Keys)
            {
                if (!_topics.TryGetValue(key, out var topics))
                {
                    _topics[key] = topics = new SortedSet<string>(StringComparer.Ordinal);
                }

                topics.UnionWith(article.Meta.Tags);
            }

            foreach (var occurrence in _byArticle[article].Linked)
            {
                if (!_citedIn.TryGetValue(occurrence.Key, out var places))
                {
                    _citedIn[occurrence.Key] = places = [];
                }

                places.Add((article, occurrence));
            }
        }
    }

    public static CitationGraph Empty { get; } = new([]);

    /// <summary>The citations of a published article or of its translation.</summary>
    public ArticleCitations Of(Article article) => _byArticle[article];

    /// <summary>Every place a published article cites <paramref name="key"/>, in article order then page order.</summary>
    public IReadOnlyList<(Article Article, CitationOccurrence Occurrence)> CitedIn(string key) =>
        _citedIn.TryGetValue(key, out var places) ? places : [];

    /// <summary>The topics (tags) of the published articles that cite <paramref name="key"/>, in alphabetical order.</summary>
    public IReadOnlyCollection<string> TopicsOf(string key) => _topics.TryGetValue(key, out var topics) ? topics : [];
}

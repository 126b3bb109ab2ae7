using KnowledgeBase.Content;
using KnowledgeBase.Link.Citations;
using KnowledgeBase.Markdown.Glossary;

namespace KnowledgeBase.Link;

/// <summary>
/// The link stage's output: the content that will be published, in publishing order, with the
/// relations between pieces worked out once so that rendering only lays them out.
/// </summary>
public sealed record SiteGraph(SiteContent Content, SiteUrls Urls, IReadOnlyList<Article> PublishedArticles)
{
    /// <summary>Every alias of a published article, ordered by its old path.</summary>
    public IReadOnlyList<Redirect> Redirects { get; init; } = [];

    /// <summary>The translations of the published articles, in the order of their English articles, then by language.</summary>
    public IReadOnlyList<Translation<Article>> PublishedTranslations { get; init; } = [];

    /// <summary>What each published article cites, numbered, and where each source is cited.</summary>
    public CitationGraph Citations { get; init; } = CitationGraph.Empty;

    /// <summary>The topics (tags) of the published articles, in the order site.yml lists them, then by title.</summary>
    public IReadOnlyList<Topic> Topics { get; init; } = [];

    /// <summary>Each published article's topic, neighbours, related articles and glossary terms, by slug.</summary>
    public IReadOnlyDictionary<string, ArticleRelations> Relations { get; init; } = new Dictionary<string, ArticleRelations>();

    /// <summary>The relations of one published article.</summary>
    public ArticleRelations RelationsOf(Article article) => Relations.GetValueOrDefault(article.Slug, ArticleRelations.None);

    /// <summary>The first use of each term of its language's glossary in each published translation, by the translation's file.</summary>
    public IReadOnlyDictionary<string, GlossaryFirstUses> TranslatedGlossaryUses { get; init; } = new Dictionary<string, GlossaryFirstUses>();

    /// <summary>The glossary terms a published translation uses, which its page links to its language's glossary.</summary>
    public GlossaryFirstUses GlossaryUsesOf(Translation<Article> translation) =>
        TranslatedGlossaryUses.GetValueOrDefault(translation.SourcePath, GlossaryFirstUses.None);
}

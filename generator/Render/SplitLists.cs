using KnowledgeBase.Blocks.EvidenceByUse;
using KnowledgeBase.Content;
using KnowledgeBase.Link;
using KnowledgeBase.Render.Pipelines;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>
/// The lists that split into pages (<see cref="ListPages"/>) as each language shows them: the home page's articles, each
/// topic's articles and the evidence page's uses (in a translation language, those of the articles translated into it),
/// and the bibliography's sources (the same in every language). Made once per render, for the pipelines that show them,
/// for the versions a later page names in its head (hreflang) and for the sitemap.
/// </summary>
public sealed class SplitLists
{
    private readonly Dictionary<string, LanguageLists> _byLanguage;

    /// <summary>Each list's number of pages in each language (in the order of the site's languages), by its reference-language site path.</summary>
    private readonly Dictionary<string, int[]> _pageCounts;

    public SplitLists(RenderContext context)
    {
        var graph = context.Graph;
        _byLanguage = context.Languages.ToDictionary(language => language.Code, language => new LanguageLists(
            HomePipeline.ArticlesIn(context, language),
            graph.Topics.ToDictionary(topic => topic.Slug, topic => TopicPipeline.ArticlesIn(topic, language, context), StringComparer.Ordinal),
            EvidencePipeline.GradedUses(context, language).ToList()), StringComparer.Ordinal);
        var references = graph.Content.References.All.Count;
        _pageCounts = context.Languages
            .SelectMany(language => Sizes(_byLanguage[language.Code], graph, references).Select(list => (list.ListPath, Pages: ListPages.CountFor(list.ItemCount))))
            .GroupBy(list => list.ListPath, StringComparer.Ordinal)
            .ToDictionary(list => list.Key, list => list.Select(language => language.Pages).ToArray(), StringComparer.Ordinal);
        LaterPages = _pageCounts
            .SelectMany(list => context.Languages.Select((language, index) => (language, index)).SelectMany(version =>
                Enumerable.Range(2, list.Value[version.index] - 1).Select(number => new LaterListPage(
                    version.language,
                    SiteUrls.ListPagePath(SiteUrls.InLanguage(version.language.Folder, list.Key), number),
                    SiteUrls.ListPagePath(list.Key, number)))))
            .ToList();
    }

    /// <summary>The lists as pages in <paramref name="language"/> show them.</summary>
    public LanguageLists In(PageLanguage language) => _byLanguage[language.Code];

    /// <summary>Every page after the first of every split list, in every language.</summary>
    public IReadOnlyList<LaterListPage> LaterPages { get; }

    /// <summary>
    /// How many pages the list at <paramref name="listPath"/> (its reference-language site path) has in each language:
    /// the versions each of its pages names in its head, for the record of what a page shows (<see cref="RenderContext.RenderEach{T}"/>).
    /// </summary>
    public string PageCountsOf(string listPath) => string.Join(' ', _pageCounts[listPath]);

    /// <summary>Each split list of a language, by its reference-language site path, with its number of items; the bibliography only on a site with sources.</summary>
    private static IEnumerable<(string ListPath, int ItemCount)> Sizes(LanguageLists lists, SiteGraph graph, int references) =>
    [
        ("/", lists.Articles.Count),
        (SiteUrls.EvidencePath, lists.GradedUses.Count),
        .. graph.Topics.Select(topic => (SiteUrls.TopicPath(topic.Slug), lists.TopicArticles[topic.Slug].Count)),
        .. references == 0 ? [] : new[] { (SiteUrls.ReferencesPath, references) },
    ];
}

/// <summary>One language's split lists.</summary>
/// <param name="Articles">The published articles the language has, each with the link its lists show.</param>
/// <param name="TopicArticles">Each topic's articles the language has, by the topic's slug.</param>
/// <param name="GradedUses">The uses its articles grade, strongest evidence first (<see cref="EvidencePipeline.GradedUses"/>).</param>
public sealed record LanguageLists(
    IReadOnlyList<(Article English, ArticleLinkView Link)> Articles,
    IReadOnlyDictionary<string, List<(Article Article, ArticleLinkView View)>> TopicArticles,
    IReadOnlyList<(EvidenceUse Use, string ArticleUrl, string ArticleTitle)> GradedUses);

/// <summary>
/// A page after the first of a split list in <paramref name="Language"/>, with the reference-language page of the same
/// number. A list in a translation language is never longer than in the reference language: it shows translations of
/// published articles, whose blocks keep the English entries (KB094), and the same sources.
/// </summary>
public sealed record LaterListPage(PageLanguage Language, string SitePath, string ReferenceSitePath);

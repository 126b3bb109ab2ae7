using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Link.Citations;
using KnowledgeBase.Markdown;
using KnowledgeBase.Markdown.Glossary;

namespace KnowledgeBase.Link;

/// <summary>The link stage: decides what is published and in which order, and how pages relate.</summary>
public static class SiteLinker
{
    /// <param name="markdownFacts">The glossary uses kept from the last build, read for articles whose text and glossary are unchanged; none when null.</param>
    /// <param name="relatedArticles">The related articles kept from the last build, read when no article's tags or sources changed; none when null.</param>
    public static SiteGraph Link(
        SiteContent content, Uri baseUrl, bool includeDrafts, MarkdownFactStore? markdownFacts = null, RelatedArticleStore? relatedArticles = null)
    {
        var stored = markdownFacts ?? MarkdownFactStore.None;
        var published = content.Articles
            .Where(article => includeDrafts || !article.Meta.Draft)
            .OrderBy(article => article.Meta.Title, StringComparer.Ordinal)
            .ThenBy(article => article.Slug, StringComparer.Ordinal)
            .ToList();
        var urls = new SiteUrls(baseUrl);
        var topics = TopicIndex.Build(published, content.Settings.Topics);
        // By identity: an article record's own equality would hash every field of its front matter.
        var position = published.Select((article, index) => (article, index))
            .ToDictionary<(Article Article, int Index), Article, int>(pair => pair.Article, pair => pair.Index, ReferenceEqualityComparer.Instance);
        var translations = content.ArticleTranslations
            .Where(translation => position.ContainsKey(translation.English))
            .OrderBy(translation => position[translation.English])
            .ThenBy(translation => translation.Language, StringComparer.Ordinal)
            .ToList();
        var citations = new CitationGraph(published, translations.Select(translation => translation.Translated).ToList());
        return new SiteGraph(content, urls, published)
        {
            PublishedTranslations = translations,
            Redirects = Redirects(published, translations),
            Citations = citations,
            Topics = topics,
            Relations = Relations(published, topics, citations, GlossaryFirstUsesOf(published, content.Glossary, stored), relatedArticles),
            TranslatedGlossaryUses = translations
                .GroupBy(translation => translation.Language, StringComparer.Ordinal)
                .SelectMany(language => language.Zip(GlossaryFirstUsesOf(
                    language.Select(translation => translation.Translated).ToList(), content.TranslatedGlossaries.GetValueOrDefault(language.Key) ?? [], stored)))
                .ToDictionary(pair => pair.First.SourcePath, pair => pair.Second, StringComparer.Ordinal),
        };
    }

    /// <summary>Where each published article (or translation) first uses each glossary term, which its page links to the definition.</summary>
    private static List<GlossaryFirstUses> GlossaryFirstUsesOf(IReadOnlyList<Article> published, IReadOnlyList<GlossaryTerm> glossary, MarkdownFactStore stored)
    {
        var matcher = new GlossaryMatcher(glossary);
        GlossaryFirstUses FirstUsesIn(Article article)
        {
            if (stored.TryGetGlossaryUses(article.MarkdownKey, glossary, out var terms))
            {
                return GlossaryFirstUses.Known(terms, matcher);
            }

            var found = GlossaryFirstUses.Find(article.Documents, matcher);
            stored.KeepGlossaryUses(article.MarkdownKey, glossary, found.Terms);
            return found;
        }

        // Each article's text is read on its own (the matcher is only read too), so on every core.
        return published.AsParallel().AsOrdered().Select(FirstUsesIn).ToList();
    }

    private static Dictionary<string, ArticleRelations> Relations(
        IReadOnlyList<Article> published, IReadOnlyList<Topic> topics, CitationGraph citations, List<GlossaryFirstUses> glossary, RelatedArticleStore? stored)
    {
        var topicBySlug = topics.ToDictionary(topic => topic.Slug, StringComparer.Ordinal);
        IReadOnlyList<Topic> TopicsOf(Article article) =>
            article.Meta.Tags.Select(Slugs.Slugify).Where(slug => slug.Length > 0).Distinct(StringComparer.Ordinal).Select(slug => topicBySlug[slug]).ToList();

        // Previous and next follow the article's main topic, so a reader moves through one subject.
        var neighbours = new Dictionary<string, (Article? Previous, Article? Next)>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            var articles = topic.Articles;
            for (var position = 0; position < articles.Count; position++)
            {
                if (ReferenceEquals(TopicsOf(articles[position])[0], topic))
                {
                    neighbours[articles[position].Slug] = (
                        position > 0 ? articles[position - 1] : null,
                        position < articles.Count - 1 ? articles[position + 1] : null);
                }
            }
        }

        var related = RelatedArticles.Find(published, article => citations.Of(article).Numbering.Keys, stored);
        var relations = new Dictionary<string, ArticleRelations>(StringComparer.Ordinal);
        for (var index = 0; index < published.Count; index++)
        {
            var article = published[index];
            var (previous, next) = neighbours.GetValueOrDefault(article.Slug);
            relations.TryAdd(article.Slug, new ArticleRelations(TopicsOf(article), previous, next, related[index], glossary[index]));
        }

        return relations;
    }

    /// <summary>
    /// An alias that is an old article address also keeps that article's old embed address working, since
    /// clinics' iframes point at it; so does a translation's alias in its language's folder. Aliases that are not
    /// valid paths were reported by validation and are left out.
    /// </summary>
    private static List<Redirect> Redirects(IReadOnlyList<Article> published, IReadOnlyList<Translation<Article>> translations) =>
        published.Select(article => (Article: article, Language: (string?)null))
            .Concat(translations.Select(translation => (Article: translation.Translated, Language: (string?)translation.Language)))
            .SelectMany(page => page.Article.Meta.Aliases
                .Select(alias => (path: SiteUrls.AliasPath(alias.Value), alias.Location))
                .Where(alias => alias.path is not null)
                .SelectMany(alias => RedirectsOf(alias.path!, page.Article, page.Language, alias.Location)))
            .OrderBy(redirect => redirect.FromPath, StringComparer.Ordinal)
            .ToList();

    /// <param name="language">The translation's language; null for an English article.</param>
    private static IEnumerable<Redirect> RedirectsOf(string aliasPath, Article article, string? language, SourceLocation location)
    {
        yield return new Redirect(aliasPath, SiteUrls.InLanguage(language, SiteUrls.ArticlePath(article.Slug)), article.Meta.Title, location) { Language = language };
        var inLanguage = language is null ? aliasPath : SiteUrls.OutOfLanguage(language, aliasPath);
        if (inLanguage is not null && SiteUrls.ArticleSlugOf(inLanguage) is { } oldSlug)
        {
            yield return new Redirect(SiteUrls.InLanguage(language, SiteUrls.EmbedPath(oldSlug)), SiteUrls.InLanguage(language, SiteUrls.EmbedPath(article.Slug)),
                article.Meta.Title, location)
            { Language = language };
        }
    }
}

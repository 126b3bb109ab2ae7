using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Link.Citations;

namespace KnowledgeBase.Link;

/// <summary>The link stage: decides what is published and in which order, and how pages relate.</summary>
public static class SiteLinker
{
    public static SiteGraph Link(SiteContent content, Uri baseUrl, bool includeDrafts)
    {
        var published = content.Articles
            .Where(article => includeDrafts || !article.Meta.Draft)
            .OrderBy(article => article.Meta.Title, StringComparer.Ordinal)
            .ThenBy(article => article.Slug, StringComparer.Ordinal)
            .ToList();
        return new SiteGraph(content, new SiteUrls(baseUrl), published)
        {
            Redirects = Redirects(published),
            Citations = new CitationGraph(published),
        };
    }

    /// <summary>
    /// An alias that is an old article address also keeps that article's old embed address working, since
    /// clinics' iframes point at it. Aliases that are not valid paths were reported by validation and are left out.
    /// </summary>
    private static List<Redirect> Redirects(IReadOnlyList<Article> published) =>
        published
            .SelectMany(article => article.Meta.Aliases
                .Select(alias => (path: SiteUrls.AliasPath(alias.Value), alias.Location))
                .Where(alias => alias.path is not null)
                .SelectMany(alias => RedirectsOf(alias.path!, article, alias.Location)))
            .OrderBy(redirect => redirect.FromPath, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<Redirect> RedirectsOf(string aliasPath, Article article, SourceLocation location)
    {
        yield return new Redirect(aliasPath, SiteUrls.ArticlePath(article.Slug), article.Meta.Title, location);
        if (SiteUrls.ArticleSlugOf(aliasPath) is { } oldSlug)
        {
            yield return new Redirect(SiteUrls.EmbedPath(oldSlug), SiteUrls.EmbedPath(article.Slug), article.Meta.Title, location);
        }
    }
}

using KnowledgeBase.Content;

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
        return new SiteGraph(content, new SiteUrls(baseUrl), published) { Redirects = Redirects(published) };
    }

    /// <summary>Aliases that are not valid paths were reported by validation and are left out here.</summary>
    private static List<Redirect> Redirects(IReadOnlyList<Article> published) =>
        published
            .SelectMany(article => article.Meta.Aliases
                .Select(alias => (path: SiteUrls.AliasPath(alias.Value), alias.Location))
                .Where(alias => alias.path is not null)
                .Select(alias => new Redirect(alias.path!, article, alias.Location)))
            .OrderBy(redirect => redirect.FromPath, StringComparer.Ordinal)
            .ToList();
}

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
        return new SiteGraph(content, new SiteUrls(baseUrl), published);
    }
}

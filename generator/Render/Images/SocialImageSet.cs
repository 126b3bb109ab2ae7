using KnowledgeBase.Content;
using KnowledgeBase.Link;

namespace KnowledgeBase.Render.Images;

/// <summary>
/// The social preview images of one build: one per published article and one for every other page. They are
/// painted before any page is rendered because each page's head names its image, and the name carries a hash
/// of the image's bytes.
/// </summary>
public sealed record SocialImageSet(SocialImage Site, IReadOnlyDictionary<string, SocialImage> ByArticleSlug)
{
    public SocialImage ForArticle(string slug) => ByArticleSlug[slug];

    /// <summary>Paints every image, or reads it from <paramref name="cache"/> when its title was painted before.</summary>
    public static SocialImageSet Paint(SiteGraph graph, SocialImageCache cache)
    {
        using var painter = new SocialImagePainter();
        var siteName = graph.Content.Settings.Title;
        var site = Image(graph.Urls, painter, cache, "site", siteName, siteName, $"{siteName}: {graph.Content.Settings.Description}");
        // Painting is most of a cold build's time; each image depends only on its own title, so any order gives the same bytes.
        var articles = graph.PublishedArticles
            .AsParallel()
            .Select(article => (article.Slug, Image: Image(graph.Urls, painter, cache, article.Slug, article.Meta.Title, siteName, $"{article.Meta.Title} ({siteName})")))
            .ToDictionary(pair => pair.Slug, pair => pair.Image, StringComparer.Ordinal);
        cache.KeepOnly(graph.PublishedArticles.Select(article => (article.Meta.Title, siteName)).Append((siteName, siteName)));
        return new SocialImageSet(site, articles);
    }

    private static SocialImage Image(SiteUrls urls, SocialImagePainter painter, SocialImageCache cache, string name, string title, string siteName, string alt)
    {
        var bytes = cache.GetOrPaint(title, siteName, () => painter.Paint(title, siteName));
        var path = SiteUrls.SocialImageOutputPath(name, ContentFingerprint.Of(bytes));
        return new SocialImage(new OutputFile(path, bytes), urls.Absolute(urls.Asset(path)), alt);
    }
}

/// <summary>One preview image: its file, its absolute URL (link previews need one) and its text alternative.</summary>
public sealed record SocialImage(OutputFile File, string AbsoluteUrl, string Alt);

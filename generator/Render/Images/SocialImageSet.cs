using KnowledgeBase.Content;
using KnowledgeBase.Link;

namespace KnowledgeBase.Render.Images;

/// <summary>
/// The social preview images of one build: one per published article and translation, and one for every other page. They are
/// painted before any page is rendered because each page's head names its image, and the name carries a hash
/// of the image's bytes. Only the names are kept, since the images themselves would stay in memory until the end of
/// the build (docs/performance.md), so <see cref="FileOf"/> takes each one from the cache when its file is written (an
/// image this build painted is linked, not read); an unchanged image's hash comes from its cached file's name, so a
/// build that keeps it reads nothing.
/// </summary>
public sealed class SocialImageSet
{
    private readonly SocialImageCache _cache;

    private SocialImageSet(SocialImageCache cache, SocialImage site, IReadOnlyDictionary<string, SocialImage> byArticleSlug, IReadOnlyDictionary<string, SocialImage> byTranslationFile)
    {
        _cache = cache;
        Site = site;
        ByArticleSlug = byArticleSlug;
        _byTranslationFile = byTranslationFile;
    }

    private readonly IReadOnlyDictionary<string, SocialImage> _byTranslationFile;

    public SocialImage Site { get; }

    public IReadOnlyDictionary<string, SocialImage> ByArticleSlug { get; }

    public SocialImage ForArticle(string slug) => ByArticleSlug[slug];

    /// <summary>The image of a published translation, painted with its own title.</summary>
    public SocialImage ForTranslation(Translation<Article> translation) => _byTranslationFile[translation.SourcePath];

    /// <summary>The image of an article's page: the article's own, or its translation's on a translated page.</summary>
    public SocialImage ForArticlePage(Article article, Translation<Article>? translation) =>
        translation is null ? ForArticle(article.Slug) : ForTranslation(translation);

    /// <summary>
    /// The image's file. Its bytes come from the cache that <see cref="Paint"/> filled; an image the cache could not
    /// keep (a read-only site folder) or holds damaged is painted again, which gives the same bytes, so the name still
    /// matches them.
    /// </summary>
    public OutputFile FileOf(SocialImage image) =>
        _cache.FileOf(image.RelativePath, image.Title, image.SiteName, image.Fingerprint, () => PaintOne(image.Title, image.SiteName));

    /// <summary>Paints every image whose title <paramref name="cache"/> has not painted before, and names every image.</summary>
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
        // A translation's image is named after its language and its own slug ("es-que-es-la-mesoterapia").
        var translations = graph.PublishedTranslations
            .AsParallel()
            .Select(translation => (translation.SourcePath, Image: Image(graph.Urls, painter, cache, $"{translation.Language}-{translation.Translated.Slug}",
                translation.Translated.Meta.Title, siteName, $"{translation.Translated.Meta.Title} ({siteName})")))
            .ToDictionary(pair => pair.SourcePath, pair => pair.Image, StringComparer.Ordinal);
        cache.KeepOnly(graph.PublishedArticles.Select(article => article.Meta.Title)
            .Concat(graph.PublishedTranslations.Select(translation => translation.Translated.Meta.Title))
            .Select(title => (title, siteName)).Append((siteName, siteName)));
        return new SocialImageSet(cache, site, articles, translations);
    }

    private static SocialImage Image(SiteUrls urls, SocialImagePainter painter, SocialImageCache cache, string name, string title, string siteName, string alt)
    {
        var fingerprint = cache.FingerprintOf(title, siteName, () => painter.Paint(title, siteName));
        var path = SiteUrls.SocialImageOutputPath(name, fingerprint);
        return new SocialImage(path, urls.Absolute(urls.Asset(path)), alt, title, siteName, fingerprint);
    }

    private static byte[] PaintOne(string title, string siteName)
    {
        using var painter = new SocialImagePainter();
        return painter.Paint(title, siteName);
    }
}

/// <summary>
/// One preview image: where it is written, its absolute URL (link previews need one), its text alternative, the
/// title and site name it is painted from, and the fingerprint of its bytes that its name carries.
/// </summary>
public sealed record SocialImage(string RelativePath, string AbsoluteUrl, string Alt, string Title, string SiteName, string Fingerprint);

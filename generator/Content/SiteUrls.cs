namespace KnowledgeBase.Content;

/// <summary>
/// The one place that knows the site's URL shapes (ARCHITECTURE.md, "Site"). Every link the generator writes
/// comes from here, so a site served from a subpath gets every URL right and no template invents one.
/// </summary>
public sealed class SiteUrls(Uri baseUrl)
{
    public Uri BaseUrl { get; } = WithTrailingSlash(baseUrl);

    /// <summary>The path the site lives under: "/" or, for a project site, "/project/".</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public string Home => BasePath;

    public string Article(string slug) => $"{BasePath}articles/{slug}/";

    public string Page(string slug) => $"{BasePath}{slug}/";

    public string Asset(string outputPath) => $"{BasePath}{outputPath}";

    /// <summary>The search page; it reads the query from ?q=, so a search can be linked to.</summary>
    public string Search => $"{BasePath}search/";

    /// <summary>Pagefind's browser library, written by the index stage into <see cref="PagefindFolder"/>.</summary>
    public string PagefindScript => $"{BasePath}{PagefindFolder}/pagefind.js";

    /// <summary>Prefixes a root-relative link written in content ("/articles/x/") with the base path.</summary>
    public string FromContentLink(string rootRelative) => BasePath + rootRelative.TrimStart('/');

    /// <summary>The absolute URL of a root-relative path produced by this class.</summary>
    public string Absolute(string path) => new Uri(BaseUrl, path).AbsoluteUri;

    public static string ArticleOutputPath(string slug) => $"articles/{slug}/index.html";

    public static string PageOutputPath(string slug) => $"{slug}/index.html";

    public const string SearchOutputPath = "search/index.html";

    /// <summary>The folder of the output that holds the search index.</summary>
    public const string PagefindFolder = "pagefind";

    public static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}

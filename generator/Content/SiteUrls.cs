using System.Globalization;
using System.Text;

namespace KnowledgeBase.Content;

/// <summary>
/// The one place that knows the site's URL shapes (ARCHITECTURE.md, "Site"). Every link the generator writes
/// comes from here, so a site served from a subpath gets every URL right and no template invents one.
/// </summary>
/// <remarks>
/// Two kinds of path: a site path ("/articles/x/") names a page independently of where the site is served,
/// and is what content, the published-URL manifest and validation speak; a public path ("/project/articles/x/")
/// is the site path under the base URL, and is what pages link to.
/// </remarks>
public sealed class SiteUrls(Uri baseUrl)
{
    public const string SitemapPath = "/sitemap.xml";
    public const string FeedPath = "/feed.xml";
    public const string RobotsPath = "/robots.txt";
    public const string NotFoundPath = "/404.html";
    public const string ArticlesApiPath = "/api/articles.json";
    public const string EvidencePath = "/evidence/";

    /// <summary>For editors: every English file's state in each translation language.</summary>
    public const string TranslationsPath = "/translations/";

    /// <summary>The section of the evidence page that explains each evidence level in plain words.</summary>
    public const string EvidenceLevelsId = "evidence-levels";

    /// <summary>Read by Netlify and Cloudflare Pages; host configuration, not pages.</summary>
    public const string RedirectsFile = "_redirects";

    public const string HeadersFile = "_headers";

    /// <summary>Element ids the page layout itself uses, which no heading in content may take.</summary>
    public static readonly IReadOnlySet<string> ReservedFragmentIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "main", LinkPanelId, ReferencesId, KeyPointsId, TableOfContentsId, RelatedArticlesId, ChangesId,
    };

    /// <summary>The start of the ids of glossary tooltips in articles, which no heading may take either.</summary>
    public const string GlossaryTooltipIdPrefix = "glossary-tip-";

    /// <summary>The id of the "References" section at the end of each article.</summary>
    public const string ReferencesId = "references";

    /// <summary>The id of the "Link to this page" panel on each article, so clinics can link to it too.</summary>
    public const string LinkPanelId = "link-to-this-page";

    /// <summary>The heading ids of the boxes every article page has around its body.</summary>
    public const string KeyPointsId = "key-points";

    public const string TableOfContentsId = "on-this-page";

    public const string RelatedArticlesId = "related-articles";

    /// <summary>The id of the "What changed" section near the end of each article.</summary>
    public const string ChangesId = "what-changed";

    /// <summary>Who writes and reviews articles: each entry of content/people.yml, by id.</summary>
    public const string PeoplePath = "/people/";

    public const string GlossaryPath = "/glossary/";

    public const string TopicsPath = "/topics/";

    /// <summary>
    /// Page <paramref name="number"/> of a list split into pages (Render/ListPages): the first is the list's own path,
    /// the others are under it, as Hugo's paginator places them: "/references/" page 2 is "/references/page/2/".
    /// </summary>
    public static string ListPagePath(string listPath, int number) => number == 1 ? listPath : $"{listPath}{ListPageFolder}/{number}/";

    /// <summary>Whether a site path is a later page of a split list (see <see cref="ListPagePath"/>).</summary>
    public static bool IsLaterListPage(string sitePath) =>
        sitePath.Split('/') is [.., ListPageFolder, var number, ""] && number is [not '0', ..]
        && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 2;

    /// <summary>The site path of the list a later page belongs to ("/topics/acne/page/2/" is "/topics/acne/"); only for a path <see cref="IsLaterListPage"/> accepts.</summary>
    public static string ListPathOf(string laterPageSitePath) =>
        laterPageSitePath[..laterPageSitePath.LastIndexOf($"/{ListPageFolder}/", StringComparison.Ordinal)] + "/";

    private const string ListPageFolder = "page";

    /// <summary>Whether a heading may not take this id, because the page itself uses it.</summary>
    public static bool IsReservedFragmentId(string id) =>
        ReservedFragmentIds.Contains(id) || id.StartsWith(GlossaryTooltipIdPrefix, StringComparison.Ordinal);

    public Uri BaseUrl { get; } = WithTrailingSlash(baseUrl);

    /// <summary>The path the site lives under: "/" or, for a project site, "/project/".</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public string Home => BasePath;

    public string Article(string slug) => Public(ArticlePath(slug));

    public string Page(string slug) => Public(PagePath(slug));

    public string Embed(string slug) => Public(EmbedPath(slug));

    /// <summary>The glossary page, where every term is defined.</summary>
    public string Glossary => Public(GlossaryPath);

    /// <summary>The page of who writes and reviews articles.</summary>
    public string People => Public(PeoplePath);

    /// <summary>One person's or group's entry on the people page: credentials, role and declared interests.</summary>
    public string Person(string id) => $"{People}#{id}";

    /// <summary>The site path of a term's definition, as a link written in content would give it.</summary>
    public static string GlossaryTermPath(string termId) => $"{GlossaryPath}#{termId}";

    /// <summary>The list of topics.</summary>
    public string Topics => Public(TopicsPath);

    /// <summary>A topic (tag) page, which lists the articles with that tag.</summary>
    public string Topic(string slug) => Public(TopicPath(slug));

    /// <summary>The bibliography: every source, grouped by year, study design and topic.</summary>
    public string References => Public(ReferencesPath);

    /// <summary>A source's citation page.</summary>
    public string Reference(string key) => Public(ReferencePath(key));

    /// <summary>A source's record for reference managers: <paramref name="format"/> is "bib", "ris" or "json".</summary>
    public string ReferenceExport(string key, string format) => Public(ReferenceExportPath(key, format));

    /// <summary>The site-wide page of every use and the strength of its evidence.</summary>
    public string Evidence => Public(EvidencePath);

    /// <summary>The editors' page of which files are translated, stale or missing in each language.</summary>
    public string Translations => Public(TranslationsPath);

    /// <summary>An element on a page, such as a row of an article's evidence table.</summary>
    public static string WithFragment(string path, string id) => $"{path}#{id}";

    public string Sitemap => Public(SitemapPath);

    public string Feed => Public(FeedPath);

    public string ArticlesApi => Public(ArticlesApiPath);

    public string Asset(string outputPath) => Public("/" + outputPath);

    public const string SearchPath = "/search/";

    /// <summary>The search page; it reads the query from ?q=, so a search can be linked to.</summary>
    public string Search => Public(SearchPath);

    /// <summary>The search page with <paramref name="query"/> searched for.</summary>
    public string SearchFor(string query) => $"{Search}?q={Uri.EscapeDataString(query)}";

    /// <summary>The search box's vocabulary for the pages of a language (<paramref name="folder"/> null for the reference language).</summary>
    public string SearchVocabularyIn(string? folder) => Public("/" + SearchVocabularyOutputPathIn(folder));

    /// <summary>Pagefind's browser library, written by the index stage into <see cref="PagefindFolder"/>.</summary>
    public string PagefindScript => $"{BasePath}{PagefindFolder}/pagefind.js";

    /// <summary>Prefixes a root-relative link written in content ("/articles/x/") with the base path.</summary>
    public string FromContentLink(string rootRelative) => Public(rootRelative);

    /// <summary>The public path of a site path: "/articles/x/" becomes "/project/articles/x/" under a subpath.</summary>
    public string Public(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>The absolute URL of a public path produced by this class.</summary>
    public string Absolute(string path) => new Uri(BaseUrl, path).AbsoluteUri;

    public static string ArticlePath(string slug) => $"/articles/{slug}/";

    /// <summary>
    /// A site path in a translation language: the language's folder before the reference language's path
    /// ("/es/articles/que-es/"); a reference-language path (<paramref name="language"/> null) stays as it is.
    /// </summary>
    public static string InLanguage(string? language, string sitePath) => language is null ? sitePath : $"/{language}{sitePath}";

    /// <summary>A site path in a language's folder without the folder ("/es/articles/x/" is "/articles/x/"); null for a path outside it.</summary>
    public static string? OutOfLanguage(string language, string sitePath) =>
        sitePath.StartsWith($"/{language}/", StringComparison.Ordinal) ? sitePath[(language.Length + 1)..] : null;

    public static string PagePath(string slug) => $"/{slug}/";

    public static string EmbedPath(string slug) => $"/embed/{slug}/";

    public static string TopicPath(string slug) => $"{TopicsPath}{slug}/";

    public const string ReferencesPath = "/references/";

    public static string ReferencePath(string key) => $"/references/{key}/";

    public static string ReferenceExportPath(string key, string format) => $"/references/{key}.{format}";

    public static string ArticleOutputPath(string slug) => OutputPathOf(ArticlePath(slug));

    public static string PageOutputPath(string slug) => OutputPathOf(PagePath(slug));

    public static string EmbedOutputPath(string slug) => OutputPathOf(EmbedPath(slug));

    /// <summary>A content-hashed image under assets/, like every other asset, so no cache keeps a stale one.</summary>
    public static string SocialImageOutputPath(string name, string hash) => $"assets/social/{name}.{hash}.png";

    /// <summary>The file that serves a site path: a folder path is served by its index.html.</summary>
    public static string OutputPathOf(string sitePath) =>
        sitePath.EndsWith('/') ? sitePath.TrimStart('/') + "index.html" : sitePath.TrimStart('/');

    /// <summary>
    /// The site path an output file is published at, or null for files that are not promised to readers:
    /// content-hashed assets (their names change with their bytes), host configuration files, the search box's own
    /// files and the later pages of a split list (what they hold shifts as the list grows, and they go when it shrinks).
    /// </summary>
    public static string? PublishedPathOf(string outputPath)
    {
        if (outputPath.StartsWith("assets/", StringComparison.Ordinal) || IsSearchBoxFile(outputPath) || outputPath is RedirectsFile or HeadersFile)
        {
            return null;
        }

        var path = outputPath == "index.html" ? "/"
            : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
            : "/" + outputPath;
        return IsLaterListPage(path) ? null : path;
    }

    /// <summary>The slug of an article site path ("/articles/x/" gives "x"), or null for any other path.</summary>
    public static string? ArticleSlugOf(string sitePath) => SlugUnder("/articles/", sitePath);

    /// <summary>The slug of an embed site path ("/embed/x/" gives "x"), or null for any other path.</summary>
    public static string? EmbedSlugOf(string sitePath) => SlugUnder("/embed/", sitePath);

    /// <summary>
    /// The site path an alias written in front matter stands for, or null when it cannot be one: an alias is a
    /// path on this site ("/fat-dissolving/" or "/old/page.html"), of plain segments, without query or fragment.
    /// A path without a file extension is a folder, so "/fat-dissolving" and "/fat-dissolving/" are the same.
    /// </summary>
    public static string? AliasPath(string alias)
    {
        if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = alias.Trim('/').Split('/');
        if (segments.Any(segment => !IsPlainSegment(segment)))
        {
            return null;
        }

        var path = "/" + string.Join('/', segments);
        return Path.HasExtension(segments[^1]) && !alias.EndsWith('/') ? path : path + "/";
    }

    /// <summary>
    /// The search box's vocabulary. Its name stays the same when it changes (unlike fingerprinted assets), because
    /// every page names it: a new name would make one article's edit change every page. It sits under search/, whose
    /// pages hosts are told to revalidate, so readers never keep a stale copy.
    /// </summary>
    public const string SearchVocabularyOutputPath = "search/vocabulary.json";

    /// <summary>
    /// Beside the vocabulary, which the search box finds it from: the language's ordinary words that no page has, which only
    /// a query with a word the site does not have needs (README "Search").
    /// </summary>
    public const string SearchOrdinaryWordsOutputPath = "search/ordinary-words.json";

    /// <summary>Beside the vocabulary, which the search box finds them from: one file per listed word (see WordLists).</summary>
    public const string WordListFolder = "search/words/";

    /// <summary>The vocabulary of a language's pages: search/vocabulary.json, or es/search/vocabulary.json in a language's folder.</summary>
    public static string SearchVocabularyOutputPathIn(string? folder) => OutputPathOf(InLanguage(folder, "/" + SearchVocabularyOutputPath));

    /// <summary>A language's ordinary words: search/ordinary-words.json, or es/search/ordinary-words.json in a language's folder.</summary>
    public static string SearchOrdinaryWordsOutputPathIn(string? folder) => OutputPathOf(InLanguage(folder, "/" + SearchOrdinaryWordsOutputPath));

    /// <summary>The folder of a language's word lists, beside its vocabulary.</summary>
    public static string WordListFolderIn(string? folder) => InLanguage(folder, "/" + WordListFolder).TrimStart('/');

    /// <summary>Whether an output file is a vocabulary, its ordinary words or a word list: at the root, or in a language's folder.</summary>
    private static bool IsSearchBoxFile(string outputPath) =>
        new[] { outputPath, outputPath[(outputPath.IndexOf('/') + 1)..] }
            .Any(path => path is SearchVocabularyOutputPath or SearchOrdinaryWordsOutputPath || path.StartsWith(WordListFolder, StringComparison.Ordinal));

    /// <summary>
    /// The most bytes (in UTF-8) one part of a site path may take between its slashes. Each part is a file or folder
    /// name in the output; file systems hold names of up to 255 bytes, and the generator adds to some names (a
    /// translation's preview image is "es-&lt;slug&gt;.&lt;hash&gt;.png", a compressed copy ends in ".br", and serve writes a
    /// file as "&lt;name&gt;.&lt;process&gt;.tmp" before it replaces the old one), so 200 leaves room for all of them.
    /// </summary>
    public const int MaxPathPartBytes = 200;

    /// <summary>
    /// The most bytes (in UTF-8) a whole site path may take. The output folder's own path comes before it on the disk,
    /// and a whole path may be at most 4,096 bytes (Linux): this leaves three quarters of that to the output folder.
    /// </summary>
    public const int MaxSitePathBytes = 1_024;

    /// <summary>The first part of <paramref name="sitePath"/> too long to be a file or folder name (<see cref="MaxPathPartBytes"/>), or null.</summary>
    public static string? PartTooLongForFileName(string sitePath) =>
        sitePath.Split('/').FirstOrDefault(part => Encoding.UTF8.GetByteCount(part) > MaxPathPartBytes);

    /// <summary>The folder of the output that holds the search index.</summary>
    public const string PagefindFolder = "pagefind";

    public static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private static string? SlugUnder(string prefix, string sitePath)
    {
        if (!sitePath.StartsWith(prefix, StringComparison.Ordinal) || !sitePath.EndsWith('/') || sitePath.Length <= prefix.Length)
        {
            return null;
        }

        var slug = sitePath[prefix.Length..^1];
        return slug.Contains('/') ? null : slug;
    }

    private static bool IsPlainSegment(string segment) =>
        segment.Length > 0 && segment is not ("." or "..") &&
        segment.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.');
}

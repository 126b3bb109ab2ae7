using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.Content;
using KnowledgeBase.Link;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Render.Images;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>
/// What every output pipeline shares during one render: the linked site, its URLs, the templates, the
/// Markdown renderer, the fingerprinted asset URLs, the social preview images, today's date and which pages the
/// previous build's files can stand for. Built once per build.
/// </summary>
public sealed class RenderContext(
    SiteGraph graph, TemplateSet templates, MarkdownHtml markdown, IReadOnlyDictionary<string, string> assetUrls, SocialImageSet socialImages,
    DateOnly today, PageReuse reuse)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public SiteGraph Graph { get; } = graph;

    public SiteUrls Urls => Graph.Urls;

    public SiteSettings Settings => Graph.Content.Settings;

    public TemplateSet Templates { get; } = templates;

    public MarkdownHtml Markdown { get; } = markdown;

    public DateOnly Today { get; } = today;

    /// <summary>How the site's language writes numbers, such as prices; the invariant culture when it is not a known language.</summary>
    public CultureInfo Culture { get; } = CultureOf(graph.Content.Settings.Language);

    public SocialImageSet SocialImages { get; } = socialImages;

    /// <summary>Which pages the previous build's files can stand for, and what this render made each page from.</summary>
    public PageReuse Reuse { get; } = reuse;

    /// <summary>
    /// The citation renderer of one published article: numbers and links its citations. Views of key points and
    /// structured blocks call it for their refs (<c>context.CitationsOf(article).Html(use.Refs)</c>).
    /// </summary>
    public CitationGroupRenderer CitationsOf(Article article) => new(Graph.Citations.Of(article), Graph.Content.References);

    /// <summary>The files of templates/assets that pages link to by name.</summary>
    public static readonly IReadOnlyList<string> RequiredAssets =
        ["copy-link.js", "citation-preview.js", "hover-notes.js", "search.js", "search-query.js", "site.css", "icon.svg", "embed.css"];

    /// <summary>Scripts every page loads. Each only enhances: the page works without it.</summary>
    public IReadOnlyList<string> ScriptUrls => [AssetUrl("copy-link.js"), AssetUrl("citation-preview.js"), AssetUrl("hover-notes.js")];

    /// <summary>The URL of an asset from templates/assets, by its source name (e.g. "site.css").</summary>
    public string AssetUrl(string sourceName) => assetUrls[sourceName];

    /// <summary>What the search script in the header of every page needs to find the index and the vocabulary.</summary>
    public SearchBoxView SearchBox => new(
        Urls.Search, AssetUrl("search.js"), AssetUrl("search-query.js"), Urls.PagefindScript, Urls.SearchVocabulary, Urls.BasePath);

    /// <summary>
    /// The most a page may weigh: four times the largest content file. Lists that grow with the site are split into
    /// pages of a fixed size (<see cref="ListPages"/>), so a page of a site of any size stays far below it; a page over
    /// it shows something that grows with the site unsplit, and is reported (KB019) rather than published.
    /// </summary>
    public const int MaxPageBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Renders <paramref name="template"/> with <paramref name="model"/> and wraps it in the site layout. Throws
    /// <see cref="PageTooLargeException"/> for a page over <see cref="MaxPageBytes"/>, which the build reports.
    /// </summary>
    public OutputFile Page(string outputPath, PageMeta meta, string template, object model)
    {
        var image = meta.Image ?? SocialImages.Site;
        var bytes = Templates.RenderFile("layout", new LayoutView(
            Settings.Language,
            Settings.Title,
            Urls.Home,
            meta.Title,
            meta.Description,
            meta.NoIndex ? null : Urls.Absolute(meta.Path),
            meta.OpenGraphType,
            new SocialImageView(image.AbsoluteUrl, image.Alt, SocialImagePainter.Width, SocialImagePainter.Height),
            Urls.Feed,
            AssetUrl("site.css"),
            AssetUrl("icon.svg"),
            ScriptUrls,
            SearchBox,
            SecurityHeaders.ContentSecurityPolicy,
            meta.JsonLd.ToJsonString(),
            Settings.Navigation.Select(link => new LinkView(link.Title, Urls.FromContentLink(link.Url))).ToList(),
            Graph.Content.Pages.Select(page => new LinkView(page.Title, Urls.Page(page.Slug))).ToList(),
            meta.Breadcrumbs,
            Templates.Render(template, model))
        {
            PreviousUrl = meta.Pagination?.PreviousUrl,
            NextUrl = meta.Pagination?.NextUrl,
        });
        return bytes.Length > MaxPageBytes ? throw new PageTooLargeException(outputPath, template, bytes.Length) : new OutputFile(outputPath, bytes);
    }

    /// <summary>
    /// <see cref="Page"/> for a page that lists other content (home, a page of the bibliography): rendered again only
    /// when its head or view changed, or anything site-wide. The view, written out as JSON, stands for all it shows,
    /// which is far cheaper than rendering it.
    /// </summary>
    public OutputFile PageOfView(
        string outputPath, PageMeta meta, string template, object model, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Reuse.RenderOrKeep(new PageKey($"{file}:{line}", outputPath), [], JsonSerializer.Serialize<object[]>([template, meta, model], ShownJson),
            () => Page(outputPath, meta, template, model));

    /// <summary>Fields too, so that a view written as a class with fields cannot hide what it shows.</summary>
    private static readonly JsonSerializerOptions ShownJson = new() { IncludeFields = true };

    /// <summary>An article as it appears in lists: its title, summary and link.</summary>
    public ArticleLinkView LinkTo(Article article) => new(article.Meta.Title, article.Meta.Summary, Urls.Article(article.Slug));

    /// <summary>An author or reviewer, by id, linking to their entry on the people page; ids were checked by validation.</summary>
    public PersonLinkView PersonLink(string id)
    {
        var person = Graph.Content.People[id];
        return new PersonLinkView(person.Name, person.Credentials, Urls.Person(person.Id));
    }

    /// <summary>The first step of every trail of breadcrumbs.</summary>
    public LinkView HomeCrumb => new("Home", Urls.Home);

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>
    /// Renders one page per article on every core, in the articles' order. An article's pages are rendered again
    /// only when its own file, a reference it cites or anything site-wide changed (see <see cref="PageReuse"/>): a
    /// page that also shows other articles must say so with the other overload, or serve would keep a stale copy.
    /// </summary>
    public IEnumerable<OutputFile> RenderEach(
        IEnumerable<Article> articles, Func<Article, OutputFile> render, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        RenderEach(articles, article => article.SourcePath, SourcesOf, _ => "", render, file, line);

    /// <summary>The files an article's page is made from: the article and the references it cites.</summary>
    public IEnumerable<string> SourcesOf(Article article) =>
        Graph.Citations.Of(article).Occurrences
            .Select(occurrence => Graph.Content.References.Find(occurrence.Key)?.SourcePath)
            .OfType<string>()
            .Prepend(article.SourcePath);

    /// <summary>
    /// Renders one page per item (reference, tag, content page) on every core, in the items' order, each rendered
    /// again only when one of its <paramref name="sources"/> (paths relative to the site root), the text it
    /// <paramref name="shows"/> of other content (say, the titles and summaries of the articles it links to, which
    /// an edit of those articles' bodies leaves alone) or anything site-wide changed. <paramref name="key"/> tells
    /// the items apart; the calling line tells the pipelines apart.
    /// </summary>
    public IEnumerable<OutputFile> RenderEach<T>(
        IEnumerable<T> items, Func<T, string> key, Func<T, IEnumerable<string>> sources, Func<T, string> shows, Func<T, OutputFile> render,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var renderer = $"{file}:{line}";
        // Not buffered: each page goes to the writer as soon as it is its turn, instead of waiting in batches long
        // enough to outlive garbage collections, which raised the peak memory (docs/performance.md).
        return items.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(item => Reuse.RenderOrKeep(new PageKey(renderer, key(item)), sources(item), shows(item), () => render(item)));
    }

    /// <summary>What a list of articles shows of each (address, title, summary), for <see cref="RenderEach{T}"/>.</summary>
    public static string ShownOf(IEnumerable<Article?> articles) =>
        string.Join('\n', articles.Select(article => article is null ? "-" : $"{article.Slug}\t{article.Meta.Title}\t{article.Meta.Summary}"));

    public static OutputFile Text(string outputPath, string text) => new(outputPath, Utf8.GetBytes(text));

    public static DateView Date(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
}

/// <summary>Head metadata of one page: title, description, root-relative path, Open Graph type and JSON-LD.</summary>
public sealed record PageMeta(string Title, string Description, string Path, string OpenGraphType, JsonObject JsonLd)
{
    /// <summary>The link-preview image; the site's own image when null.</summary>
    public SocialImage? Image { get; init; }

    /// <summary>True for pages search engines should not index (the 404 page); they get no canonical URL.</summary>
    public bool NoIndex { get; init; }

    /// <summary>The pages above this one, from the home page down; the layout adds this page's title. None on the home page.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>On a page of a split list (<see cref="ListPages"/>), its navigation; the head links to the previous and next pages.</summary>
    public PaginationView? Pagination { get; init; }
}

using System.Collections.Concurrent;
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

    public SocialImageSet SocialImages { get; } = socialImages;

    /// <summary>The site's languages, the reference language first, each with its interface strings.</summary>
    public IReadOnlyList<PageLanguage> Languages { get; } = LanguagesOf(graph);

    private static List<PageLanguage> LanguagesOf(SiteGraph graph) => graph.Content.Settings.Languages
        .Select((language, index) => new PageLanguage(language, index == 0 ? null : language.Code,
            graph.Content.Strings.For(language.Code, graph.Content.Settings.Language)))
        .ToList();

    /// <summary>The reference language, in which every page exists.</summary>
    public PageLanguage ReferenceLanguage => Languages[0];

    /// <summary>The language a translation is written in.</summary>
    public PageLanguage LanguageOf<T>(Translation<T> translation) => Languages.First(known => known.Code == translation.Language);

    /// <summary>
    /// The public path of each translated page (published articles, standing pages, sources, the people page), by the
    /// English page's public path, then by language.
    /// </summary>
    /// <remarks>Made on first use, once: pages rendered on every core ask for it at once.</remarks>
    private Dictionary<string, Dictionary<string, string>> TranslatedPaths =>
        _translatedPaths ?? LazyInitializer.EnsureInitialized(ref _translatedPaths, ref _madeOnFirstUse, TranslatedPathsOf);

    private Dictionary<string, Dictionary<string, string>> TranslatedPathsOf() => ByEnglishPath(Graph.PublishedTranslations
        .Select(translation => (English: Urls.Article(translation.English.Slug), translation.Language, SitePath: TranslatedArticlePath(translation)))
        .Concat(Graph.Content.PageTranslations.Select(translation => (English: Urls.Page(translation.English.Slug), translation.Language, SitePath: TranslatedPagePath(translation))))
        .Concat(Graph.Content.ReferenceTranslations.Select(translation => (English: Urls.Reference(translation.English.Key), translation.Language, SitePath: TranslatedReferencePath(translation))))
        .Concat(Graph.Content.People.All.Count == 0 ? [] : Languages.Skip(1).Select(language => (English: Urls.People, Language: language.Code, SitePath: TranslatedPeoplePath(language)))));

    private Dictionary<string, Dictionary<string, string>>? _translatedPaths;

    /// <summary>
    /// <see cref="TranslatedPaths"/> for the later pages of split lists, apart: the lists are made from the articles in
    /// each language, which costs more than every other page's versions together, and only a list's own pages ask.
    /// </summary>
    private Dictionary<string, Dictionary<string, string>> TranslatedListPages =>
        _translatedListPages ?? LazyInitializer.EnsureInitialized(ref _translatedListPages, ref _madeOnFirstUse, () => ByEnglishPath(Lists.LaterPages
            .Where(page => page.Language.Folder is not null)
            .Select(page => (English: Urls.Public(page.ReferenceSitePath), Language: page.Language.Code, page.SitePath))));

    private Dictionary<string, Dictionary<string, string>>? _translatedListPages;

    private Dictionary<string, Dictionary<string, string>> ByEnglishPath(IEnumerable<(string English, string Language, string SitePath)> versions) => versions
        .GroupBy(version => version.English, StringComparer.Ordinal)
        .ToDictionary(
            byPage => byPage.Key,
            byPage => byPage.ToDictionary(version => version.Language, version => Urls.Public(version.SitePath), StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>The lists that split into pages, as each language shows them; made on first use, once.</summary>
    public SplitLists Lists => _lists ?? LazyInitializer.EnsureInitialized(ref _lists, ref _madeOnFirstUse, () => new SplitLists(this));

    private SplitLists? _lists;

    private object? _madeOnFirstUse;

    /// <summary>The site path of an article's translation: /&lt;lang&gt;/articles/&lt;translated slug&gt;/.</summary>
    public static string TranslatedArticlePath(Translation<Article> translation) =>
        SiteUrls.InLanguage(translation.Language, SiteUrls.ArticlePath(translation.Translated.Slug));

    /// <summary>The site path of a standing page's translation: /&lt;lang&gt;/&lt;translated slug&gt;/.</summary>
    public static string TranslatedPagePath(Translation<ContentPage> translation) =>
        SiteUrls.InLanguage(translation.Language, SiteUrls.PagePath(translation.Translated.Slug));

    /// <summary>The site path of a source page in a language its summary is translated into: /&lt;lang&gt;/references/&lt;key&gt;/.</summary>
    public static string TranslatedReferencePath(Translation<ReferenceRecord> translation) =>
        SiteUrls.InLanguage(translation.Language, SiteUrls.ReferencePath(translation.English.Key));

    /// <summary>The site path of the people page in a translation language: /&lt;lang&gt;/&lt;people_slug of i18n/&lt;lang&gt;.yml&gt;/.</summary>
    public static string TranslatedPeoplePath(PageLanguage language) =>
        SiteUrls.InLanguage(language.Code, SiteUrls.PagePath(language.Text("people_slug")));

    /// <summary>
    /// The site paths of the pages the generator makes in every language from the site's own lists (topics, glossary,
    /// evidence, bibliography), the search page and the home page: each language has them under its folder.
    /// </summary>
    private readonly HashSet<string> _pagesInEveryLanguage = PagesInEveryLanguage(graph);

    private static HashSet<string> PagesInEveryLanguage(SiteGraph graph) =>
    [
        SiteUrls.TopicsPath, .. graph.Topics.Select(topic => SiteUrls.TopicPath(topic.Slug)),
        SiteUrls.GlossaryPath, SiteUrls.EvidencePath, SiteUrls.ReferencesPath, SiteUrls.SearchPath,
        "/",
    ];

    /// <summary>The public path of a page in a language: the page itself in the reference language; null when not translated.</summary>
    public string? PathIn(PageLanguage language, string referencePath) =>
        language.Folder is null ? referencePath
        : IsInEveryLanguage(referencePath) ? Urls.Public(SiteUrls.InLanguage(language.Folder, SitePathOf(referencePath)!))
        : (SitePathOf(referencePath) is { } sitePath && IsLaterPageOfAListInEveryLanguage(sitePath) ? TranslatedListPages : TranslatedPaths)
            .GetValueOrDefault(referencePath)?.GetValueOrDefault(language.Code);

    /// <summary>Whether a site path is a later page of a list made in every language: only those lists are split in each (<see cref="SplitLists"/>).</summary>
    private bool IsLaterPageOfAListInEveryLanguage(string sitePath) =>
        SiteUrls.IsLaterListPage(sitePath) && _pagesInEveryLanguage.Contains(SiteUrls.ListPathOf(sitePath));

    /// <summary>Whether the page at a reference-language public path is made in every language (a topic, the glossary...).</summary>
    public bool IsInEveryLanguage(string referencePath) => SitePathOf(referencePath) is { } sitePath && _pagesInEveryLanguage.Contains(sitePath);

    /// <summary>The site path of a public path of this site ("/project/topics/" is "/topics/"); null for any other address.</summary>
    private string? SitePathOf(string publicPath) =>
        publicPath.StartsWith(Urls.BasePath, StringComparison.Ordinal) ? "/" + publicPath[Urls.BasePath.Length..] : null;

    /// <summary>
    /// The page of <paramref name="referencePath"/> in every language it exists in, and x-default (the reference
    /// language's), for hreflang links in its head and in the sitemap; none on a site in one language.
    /// </summary>
    public IReadOnlyList<AlternateView> AlternatesOf(string referencePath) => Languages.Count < 2 ? [] :
    [
        .. Languages.Select(language => (language.Code, Path: PathIn(language, referencePath)))
            .Where(version => version.Path is not null)
            .Select(version => new AlternateView(version.Code, Urls.Absolute(version.Path!))),
        new AlternateView("x-default", Urls.Absolute(referencePath)),
    ];

    /// <summary>
    /// A link of a translation's Markdown, written as a reference-language address, pointed at the same page (and
    /// section) in <paramref name="language"/> when that page is translated; left as it is otherwise.
    /// </summary>
    public string LinkIn(PageLanguage language, string publicUrl)
    {
        var hash = publicUrl.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (publicUrl, "") : (publicUrl[..hash], publicUrl[hash..]);
        return PathIn(language, path) is { } translated ? translated + fragment : publicUrl;
    }

    /// <summary>
    /// A link from a page in <paramref name="language"/> to a page written as its reference-language address: to its
    /// translation when there is one, otherwise to the reference-language page, marked with its hreflang (WCAG 3.1.2).
    /// </summary>
    public LinkView LinkFrom(PageLanguage language, string title, string publicUrl)
    {
        var url = LinkIn(language, publicUrl);
        return new LinkView(title, url) { HrefLang = language.Folder is not null && url == publicUrl ? ReferenceLanguage.Code : null };
    }

    /// <summary>Which pages the previous build's files can stand for, and what this render made each page from.</summary>
    public PageReuse Reuse { get; } = reuse;

    /// <summary>
    /// The citation renderer of one published article: numbers and links its citations. Views of key points and
    /// structured blocks call it for their refs (<c>context.CitationsOf(article, language).Html(use.Refs)</c>).
    /// </summary>
    public CitationGroupRenderer CitationsOf(Article article, PageLanguage language) =>
        new(Graph.Citations.Of(article), Graph.Content.References, language.Text("citation_label"));

    /// <summary>The files of templates/assets that pages link to by name.</summary>
    public static readonly IReadOnlyList<string> RequiredAssets =
        ["copy-link.js", "citation-preview.js", "hover-notes.js", "search.js", "search-query.js", "search-other-languages.js", "site.css", "icon.svg", "embed.css"];

    /// <summary>Scripts every page loads. Each only enhances: the page works without it.</summary>
    public IReadOnlyList<string> ScriptUrls => [AssetUrl("copy-link.js"), AssetUrl("citation-preview.js"), AssetUrl("hover-notes.js")];

    /// <summary>The URL of an asset from templates/assets, by its source name (e.g. "site.css").</summary>
    public string AssetUrl(string sourceName) => assetUrls[sourceName];

    /// <summary>
    /// What the search script in the header of a page in <paramref name="language"/> needs: its language's search page
    /// and vocabulary, and on a page not in the reference language, the words the script shows, which it has in English.
    /// </summary>
    public SearchBoxView SearchBoxIn(PageLanguage language) => new(
        PathIn(language, Urls.Search)!, AssetUrl("search.js"), AssetUrl("search-query.js"), Urls.PagefindScript, Urls.SearchVocabularyIn(language.Folder), Urls.BasePath)
    {
        WordsJsonHtml = language.Folder is null ? null : ScriptWords.Json(language, ScriptWords.Search),
    };

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
        var language = meta.Language ?? ReferenceLanguage;
        var referencePath = meta.ReferencePath ?? meta.Path;
        var versions = Languages.Select(other => (Language: other, Path: PathIn(other, referencePath))).ToList();
        var home = LinkFrom(language, Settings.Title, Urls.Home);
        var bytes = Templates.RenderInLayout(template, model, contentHtml => new LayoutView(
            language.Code,
            Settings.Title,
            home.Url,
            meta.Title,
            meta.Description,
            meta.NoIndex ? null : Urls.Absolute(meta.Path),
            meta.OpenGraphType,
            new SocialImageView(image.AbsoluteUrl, image.Alt, SocialImagePainter.Width, SocialImagePainter.Height),
            Urls.Public(Pipelines.FeedPipeline.FeedPath(language)),
            AssetUrl("site.css"),
            AssetUrl("icon.svg"),
            ScriptUrls,
            SearchBoxIn(language),
            SecurityHeaders.ContentSecurityPolicy,
            meta.JsonLd.ToJsonString(),
            Settings.Navigation.Select(link => LinkFrom(language, link.TitleIn(language.Code), Urls.FromContentLink(link.Url))).ToList(),
            Graph.Content.Pages.Select(page => StandingPageLink(page, language)).ToList(),
            meta.Breadcrumbs,
            contentHtml)
        {
            PreviousUrl = meta.Pagination?.PreviousUrl,
            NextUrl = meta.Pagination?.NextUrl,
            Alternates = meta.NoIndex ? [] : AlternatesOf(referencePath),
            LanguageLinks = versions.Where(version => version.Language != language).Select(version => new LanguageLinkView(
                version.Language.Language.Name,
                version.Language.Code,
                version.Path,
                language.Text("not_translated", ("language", version.Language.Language.Name)))).ToList(),
            Translation = meta.Translation,
            HomeHrefLang = home.HrefLang,
            TitleLang = meta.TitleLang,
            CopyLinkWordsJsonHtml = language.Folder is null ? null : ScriptWords.Json(language, ScriptWords.CopyLink),
            CitationPreviewWordsJsonHtml = language.Folder is null ? null : ScriptWords.Json(language, ScriptWords.CitationPreview),
        }, language.Strings);
        return bytes.Length > MaxPageBytes ? throw new PageTooLargeException(outputPath, template, bytes.Length) : new OutputFile(outputPath, bytes);
    }

    /// <summary>A standing page as a page in <paramref name="language"/> links to it (footer, home): its title in the language when translated, otherwise its own title marked as such.</summary>
    public LinkView StandingPageLink(ContentPage page, PageLanguage language)
    {
        var link = LinkFrom(language, page.Title, Urls.Page(page.Slug));
        var translated = Graph.Content.PageTranslations.FirstOrDefault(translation => translation.English == page && translation.Language == language.Code);
        return link.HrefLang is null && translated is not null ? link with { Title = translated.Translated.Title }
            : link with { Lang = language == ReferenceLanguage ? null : ReferenceLanguage.Code };
    }

    /// <summary>
    /// <see cref="Page"/> for a page that lists other content (home, a page of the bibliography): rendered again only
    /// when its head or view changed, or anything site-wide. The view, written out as JSON, stands for all it shows,
    /// which is far cheaper than rendering it; with the page's versions, which a later page of a split list has by
    /// how long the list is in each language.
    /// </summary>
    public OutputFile PageOfView(
        string outputPath, PageMeta meta, string template, object model, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Reuse.RenderOrKeep(new PageKey($"{file}:{line}", outputPath), [],
            JsonSerializer.Serialize<object[]>([template, meta, model, AlternatesOf(meta.ReferencePath ?? meta.Path)], ShownJson),
            () => Page(outputPath, meta, template, model));

    /// <summary>Fields too, so that a view written as a class with fields cannot hide what it shows.</summary>
    private static readonly JsonSerializerOptions ShownJson = new() { IncludeFields = true };

    /// <summary>An article as it appears in lists: its title, summary and link.</summary>
    public ArticleLinkView LinkTo(Article article) => new(article.Meta.Title, article.Meta.Summary, Urls.Article(article.Slug));

    /// <summary>Each published article's translations, by the English article's slug, then by language.</summary>
    private readonly ILookup<string, Translation<Article>> _translationsOf = graph.PublishedTranslations.ToLookup(translation => translation.English.Slug, StringComparer.Ordinal);

    /// <summary>An article's translation into a language other than the reference one; null when it is not translated.</summary>
    public Translation<Article>? TranslationOf(Article article, PageLanguage language) =>
        _translationsOf[article.Slug].FirstOrDefault(translation => translation.Language == language.Code);

    /// <summary>Each source's translations, by the source's key and the translation's language.</summary>
    private readonly Dictionary<(string Key, string Language), Translation<ReferenceRecord>> _referenceTranslations =
        graph.Content.ReferenceTranslations.ToDictionary(translation => (translation.English.Key, translation.Language));

    /// <summary>A source's translation into <paramref name="language"/> (its summary and study details); null when it is not translated into it.</summary>
    public Translation<ReferenceRecord>? ReferenceTranslationOf(string key, string language) => _referenceTranslations.GetValueOrDefault((key, language));

    /// <summary>An article as pages in <paramref name="language"/> show it: itself, or its translation into the language; null when not translated.</summary>
    public Article? ArticleIn(Article article, PageLanguage language) =>
        language.Folder is null ? article : TranslationOf(article, language)?.Translated;

    /// <summary>An article as lists in <paramref name="language"/> show it, in that language; null when it is not translated into it.</summary>
    public ArticleLinkView? LinkTo(Article article, PageLanguage language) =>
        language.Folder is null ? LinkTo(article)
        : TranslationOf(article, language) is { } translation
            ? new ArticleLinkView(translation.Translated.Meta.Title, translation.Translated.Meta.Summary, Urls.Public(TranslatedArticlePath(translation)))
            : null;

    /// <summary>
    /// An author or reviewer, by id, as a page in <paramref name="language"/> names them, linking to their entry on the
    /// people page; ids were checked by validation.
    /// </summary>
    public PersonLinkView PersonLink(string id, PageLanguage language)
    {
        var person = Graph.Content.People[id];
        var link = LinkFrom(language, person.NameIn(language.Code), Urls.Person(person.Id));
        return new PersonLinkView(link.Title, person.Credentials, link.Url) { HrefLang = link.HrefLang };
    }

    /// <summary>The first step of every trail of breadcrumbs.</summary>
    public LinkView HomeCrumb => HomeCrumbIn(ReferenceLanguage);

    /// <summary>The first step of a trail of breadcrumbs on a page in <paramref name="language"/>.</summary>
    public LinkView HomeCrumbIn(PageLanguage language) => LinkFrom(language, language.Text("home"), Urls.Home);

    /// <summary>
    /// Renders one page per article on every core, in the articles' order. An article's pages are rendered again
    /// only when its own file, a reference it cites or anything site-wide changed (see <see cref="PageReuse"/>): a
    /// page that also shows other articles must say so with the other overload, or serve would keep a stale copy.
    /// </summary>
    public IEnumerable<OutputFile> RenderEach(
        IEnumerable<Article> articles, Func<Article, OutputFile> render, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        RenderEach(articles, article => article.SourcePath, SourcesOf, _ => "", render, file, line);

    /// <summary>
    /// The files an article's page is made from: the article and the references it cites, each once. Worked out once
    /// per article, since its page, embed card and image each ask, kept or not.
    /// </summary>
    public IEnumerable<string> SourcesOf(Article article) => _sourcesOf.GetOrAdd(article, cited =>
        Graph.Citations.Of(cited).Numbering.Keys
            .Select(key => Graph.Content.References.Find(key)?.SourcePath)
            .OfType<string>()
            .Prepend(cited.SourcePath)
            .Distinct(StringComparer.Ordinal)
            .ToArray());

    private readonly ConcurrentDictionary<Article, string[]> _sourcesOf = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Renders one page per item (reference, tag, content page) on every core, in the items' order, each rendered
    /// again only when one of its <paramref name="sources"/> (paths relative to the site root), the text it
    /// <paramref name="shows"/> of other content (say, the titles and summaries of the articles it links to, which
    /// an edit of those articles' bodies leaves alone) or anything site-wide changed. <paramref name="key"/> tells
    /// the items apart; the calling line tells the pipelines apart. What a page shows of an article that is neither
    /// among its sources nor its key must come from the article's front matter or the sources it cites: after an edit
    /// of bodies alone, a page made from none of the edited files is kept without being looked at
    /// (<see cref="PageReuse.Untouched"/>).
    /// </summary>
    public IEnumerable<OutputFile> RenderEach<T>(
        IEnumerable<T> items, Func<T, string> key, Func<T, IEnumerable<string>> sources, Func<T, string> shows, Func<T, OutputFile> render,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var renderer = $"{file}:{line}";
        // Not buffered: each page goes to the writer as soon as it is its turn, instead of waiting in batches long
        // enough to outlive garbage collections, which raised the peak memory (docs/performance.md).
        return items.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(item => new PageKey(renderer, key(item)) is var page && Reuse.Untouched(page) is { } kept
                ? kept
                : Reuse.RenderOrKeep(page, sources(item), shows(item), () => render(item)));
    }

    /// <summary>
    /// <see cref="RenderEach{T}"/> for pages that show a part only of some of their <paramref name="sources"/> (see
    /// <see cref="PageReuse.RenderOrKeepShown"/>): when one of those changed, a page is rendered again only if its
    /// <paramref name="ownSources"/> or the view of what it <paramref name="shows"/> of the others changed. The view is
    /// made at most once per page and handed to <paramref name="render"/>.
    /// </summary>
    public IEnumerable<OutputFile> RenderEachShown<T, TView>(
        IEnumerable<T> items, Func<T, string> key, Func<T, IEnumerable<string>> sources, Func<T, IEnumerable<string>> ownSources, Func<T, TView> shows,
        Func<T, TView, OutputFile> render, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var renderer = $"{file}:{line}";
        return items.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(item =>
            {
                var page = new PageKey(renderer, key(item));
                if (Reuse.Untouched(page) is { } kept)
                {
                    return kept;
                }

                var view = new Lazy<TView>(() => shows(item), LazyThreadSafetyMode.None);
                return Reuse.RenderOrKeepShown(page, sources(item), ownSources(item),
                    () => JsonSerializer.Serialize(view.Value, ShownJson), () => render(item, view.Value));
            });
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

    /// <summary>The language the page is written in; null for the reference language.</summary>
    public PageLanguage? Language { get; init; }

    /// <summary>
    /// For a page in a translation language, the public path of the reference-language page it translates, which
    /// the language switcher and the alternates start from; null for a reference-language page (<see cref="Path"/>).
    /// </summary>
    public string? ReferencePath { get; init; }

    /// <summary>On a translated page, what it says about its translation; null otherwise.</summary>
    public TranslationNoticeView? Translation { get; init; }

    /// <summary>The language of <see cref="Title"/> when it is not the page's (a topic site.yml does not translate); null otherwise.</summary>
    public string? TitleLang { get; init; }
}

namespace KnowledgeBase.Content;

/// <summary>Everything the load stage read: settings, articles, pages, templates, assets, search synonyms, glossary, people and references.</summary>
public sealed record SiteContent(
    SiteSettings Settings,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<ContentPage> Pages,
    IReadOnlyList<TemplateSource> Templates,
    IReadOnlyList<AssetFile> Assets,
    IReadOnlyList<SynonymGroup> Synonyms)
{
    /// <summary>The question shapes of content/search-intents.yml and the sections that answer them.</summary>
    public IReadOnlyList<SearchIntent> SearchIntents { get; init; } = [];

    /// <summary>The medical terms of content/glossary.yml, in the order editors wrote them.</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; init; } = [];

    /// <summary>Who writes and reviews articles, from content/people.yml.</summary>
    public PeopleDirectory People { get; init; } = PeopleDirectory.Empty;

    /// <summary>The sources articles cite, from content/references/.</summary>
    public ReferenceLibrary References { get; init; } = ReferenceLibrary.Empty;

    /// <summary>The interface strings of each language, from i18n/.</summary>
    public InterfaceStrings Strings { get; init; } = InterfaceStrings.Empty;

    /// <summary>The translations of articles (<c>content/articles/&lt;slug&gt;.&lt;lang&gt;.md</c>), by file name.</summary>
    public IReadOnlyList<Translation<Article>> ArticleTranslations { get; init; } = [];

    /// <summary>The translations of standing pages, by file name.</summary>
    public IReadOnlyList<Translation<ContentPage>> PageTranslations { get; init; } = [];

    /// <summary>The translations of sources' summaries, by file name.</summary>
    public IReadOnlyList<Translation<ReferenceRecord>> ReferenceTranslations { get; init; } = [];

    /// <summary>Each translation language's glossary (<c>glossary.&lt;lang&gt;.yml</c>), by language code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<GlossaryTerm>> TranslatedGlossaries { get; init; } = new Dictionary<string, IReadOnlyList<GlossaryTerm>>();

    /// <summary>Each translation language's search synonyms (<c>synonyms.&lt;lang&gt;.yml</c>), by language code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SynonymGroup>> TranslatedSynonyms { get; init; } = new Dictionary<string, IReadOnlyList<SynonymGroup>>();

    /// <summary>
    /// Each translation language's question shapes (<c>search-intents.&lt;lang&gt;.yml</c>), by language code: its own
    /// words for the same kinds of section, since a translation keeps the English heading ids.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SearchIntent>> TranslatedSearchIntents { get; init; } = new Dictionary<string, IReadOnlyList<SearchIntent>>();

    /// <summary>Every English file's state in each translation language: translated, stale or missing.</summary>
    public TranslationStatus TranslationStatus { get; init; } = TranslationStatus.Empty;

    /// <summary>
    /// A hash of every file under content/, templates/ and i18n/ and of site.yml, by path relative to the site root. The
    /// render stage compares them with the previous build's to re-render only the pages whose sources changed.
    /// </summary>
    public IReadOnlyDictionary<string, string> SourceFingerprints { get; init; } = new Dictionary<string, string>();
}

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

    /// <summary>
    /// A hash of every file under content/ and templates/ and of site.yml, by path relative to the site root. The
    /// render stage compares them with the previous build's to re-render only the pages whose sources changed.
    /// </summary>
    public IReadOnlyDictionary<string, string> SourceFingerprints { get; init; } = new Dictionary<string, string>();
}

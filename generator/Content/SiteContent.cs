namespace KnowledgeBase.Content;

/// <summary>Everything the load stage read: settings, articles, pages, templates, assets, search synonyms and references.</summary>
public sealed record SiteContent(
    SiteSettings Settings,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<ContentPage> Pages,
    IReadOnlyList<TemplateSource> Templates,
    IReadOnlyList<AssetFile> Assets,
    IReadOnlyList<SynonymGroup> Synonyms)
{
    /// <summary>The sources articles cite, from content/references/.</summary>
    public ReferenceLibrary References { get; init; } = ReferenceLibrary.Empty;
}

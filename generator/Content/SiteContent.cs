namespace KnowledgeBase.Content;

/// <summary>Everything the load stage read: settings, articles, pages, templates, assets and search synonyms.</summary>
public sealed record SiteContent(
    SiteSettings Settings,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<ContentPage> Pages,
    IReadOnlyList<TemplateSource> Templates,
    IReadOnlyList<AssetFile> Assets,
    IReadOnlyList<SynonymGroup> Synonyms)
{
    /// <summary>The medical terms of content/glossary.yml, in the order editors wrote them.</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; init; } = [];
}

namespace KnowledgeBase.Content;

/// <summary>
/// Everything the load stage read: settings, articles, pages, templates, assets, search synonyms and the keys of
/// the references in content/references (a reference's key is its file name).
/// </summary>
public sealed record SiteContent(
    SiteSettings Settings,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<ContentPage> Pages,
    IReadOnlyList<TemplateSource> Templates,
    IReadOnlyList<AssetFile> Assets,
    IReadOnlyList<SynonymGroup> Synonyms,
    IReadOnlySet<string> ReferenceKeys);

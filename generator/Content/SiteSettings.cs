namespace KnowledgeBase.Content;

/// <summary>Site-wide settings from site.yml.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    IReadOnlyList<NavigationLink> Navigation);

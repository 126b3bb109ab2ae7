namespace KnowledgeBase.Content;

/// <summary>A link in the site header navigation, from site.yml.</summary>
public sealed record NavigationLink(string Title, string Url);

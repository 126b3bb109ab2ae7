namespace KnowledgeBase.Render.Views;

/// <summary>A page left at an old URL that sends the reader on to where the article lives now.</summary>
public sealed record RedirectView(string Lang, string SiteTitle, string Title, string TargetUrl, string CanonicalUrl, string ContentSecurityPolicy);

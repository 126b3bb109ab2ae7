namespace KnowledgeBase.Render.Views;

/// <summary>What the shared layout needs to wrap any page: head metadata, navigation and the page body.</summary>
public sealed record LayoutView(
    string Lang,
    string SiteTitle,
    string HomeUrl,
    string Title,
    string Description,
    string CanonicalUrl,
    string OpenGraphType,
    string StylesheetUrl,
    string IconUrl,
    SearchBoxView Search,
    string ContentSecurityPolicy,
    string JsonLd,
    IReadOnlyList<LinkView> Navigation,
    IReadOnlyList<LinkView> FooterLinks,
    string Content);

/// <summary>A labelled link.</summary>
public sealed record LinkView(string Title, string Url);

namespace KnowledgeBase.Render.Views;

/// <summary>What the shared layout needs to wrap any page: head metadata, navigation and the page body.</summary>
/// <param name="CanonicalUrl">Null for pages that must not be indexed (404), which then carry robots noindex.</param>
/// <param name="JsonLdHtml">
/// The page's JSON-LD, serialized with &lt;, &gt; and &amp; escaped as JSON escapes (System.Text.Json's default), so it is written into
/// its script element as it is.
/// </param>
/// <param name="Breadcrumbs">The pages above this one, shown as a trail ending in <paramref name="Title"/>; empty for none.</param>
/// <param name="ContentHtml">The page's own template, rendered.</param>
public sealed record LayoutView(
    string Lang,
    string SiteTitle,
    string HomeUrl,
    string Title,
    string Description,
    string? CanonicalUrl,
    string OpenGraphType,
    SocialImageView Image,
    string FeedUrl,
    string StylesheetUrl,
    string IconUrl,
    IReadOnlyList<string> ScriptUrls,
    SearchBoxView Search,
    string ContentSecurityPolicy,
    string JsonLdHtml,
    IReadOnlyList<LinkView> Navigation,
    IReadOnlyList<LinkView> FooterLinks,
    IReadOnlyList<LinkView> Breadcrumbs,
    string ContentHtml)
{
    /// <summary>On a page of a split list, the page before it (rel="prev"); null otherwise.</summary>
    public string? PreviousUrl { get; init; }

    /// <summary>On a page of a split list, the page after it (rel="next"); null otherwise.</summary>
    public string? NextUrl { get; init; }
}

/// <summary>A labelled link.</summary>
public sealed record LinkView(string Title, string Url);

/// <summary>The link-preview image of a page: absolute URL, text alternative and pixel size.</summary>
public sealed record SocialImageView(string Url, string Alt, int Width, int Height);

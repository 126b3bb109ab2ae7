namespace KnowledgeBase.Render.Views;

/// <summary>What the shared layout needs to wrap any page: head metadata, navigation and the page body.</summary>
/// <param name="CanonicalUrl">Null for pages that must not be indexed (404), which then carry robots noindex.</param>
/// <param name="JsonLdHtml">
/// The page's JSON-LD, serialized with &lt;, &gt; and &amp; escaped as JSON escapes (System.Text.Json's default), so it is written into
/// its script element as it is.
/// </param>
/// <param name="Breadcrumbs">The pages above this one, shown as a trail ending in <paramref name="Title"/>; empty for none.</param>
/// <param name="ContentHtml">The page's own template, rendered (or where <see cref="TemplateSet.RenderInLayout"/> puts it).</param>
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

    /// <summary>The page in each language it exists in, and x-default (the reference language), for hreflang links; none on a site in one language.</summary>
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];

    /// <summary>The language switcher: each other language, linking to this page in it or saying it is not translated yet.</summary>
    public IReadOnlyList<LanguageLinkView> LanguageLinks { get; init; } = [];

    /// <summary>On a translated page, what it says about its translation; null otherwise.</summary>
    public TranslationNoticeView? Translation { get; init; }

    /// <summary>The language of the home page <see cref="HomeUrl"/> leads to, when it is not the page's own; null otherwise.</summary>
    public string? HomeHrefLang { get; init; }

    /// <summary>The language of the page's title when it is not the page's, which its breadcrumb marks; null otherwise.</summary>
    public string? TitleLang { get; init; }

    /// <summary>On a page not in the reference language, the words copy-link.js shows, in the page's language (<see cref="ScriptWords.CopyLink"/>); null otherwise.</summary>
    public string? CopyLinkWordsJsonHtml { get; init; }

    /// <summary>On a page not in the reference language, the words citation-preview.js shows, in the page's language (<see cref="ScriptWords.CitationPreview"/>); null otherwise.</summary>
    public string? CitationPreviewWordsJsonHtml { get; init; }
}

/// <summary>A version of the page in another language, for <c>&lt;link rel="alternate" hreflang&gt;</c>.</summary>
public sealed record AlternateView(string Lang, string Url);

/// <summary>One language of the switcher: its name, code, and this page in it; null with <paramref name="NotTranslated"/> when there is none.</summary>
public sealed record LanguageLinkView(string Name, string Lang, string? Url, string NotTranslated);

/// <summary>
/// What a translated page says of itself: that it is a translation, by whom (<paramref name="Translators"/>, linking to
/// their entries on the people page, between <paramref name="NoticeBefore"/> and <paramref name="NoticeAfter"/>), of
/// which English version (with a link), that no native-speaking clinician reviewed it, and whether the English page
/// changed since.
/// </summary>
public sealed record TranslationNoticeView(
    string NoticeBefore, IReadOnlyList<PersonLinkView> Translators, string NoticeAfter, string? Stale, string EnglishUrl, string EnglishLang, string EnglishLinkText);

/// <summary>A labelled link.</summary>
public sealed record LinkView(string Title, string Url)
{
    /// <summary>The language of the linked page when it differs from the page linking to it (hreflang); null otherwise.</summary>
    public string? HrefLang { get; init; }

    /// <summary>The language of <see cref="Title"/> when it differs from the page's (lang); null otherwise.</summary>
    public string? Lang { get; init; }
}

/// <summary>The link-preview image of a page: absolute URL, text alternative and pixel size.</summary>
public sealed record SocialImageView(string Url, string Alt, int Width, int Height);

namespace KnowledgeBase.Render.Views;

/// <summary>
/// The "Link to this page" panel on an article: its permanent address, a summary card to paste, and the
/// iframe code for the live embed. The snippets are HTML shown as text, for clinics to copy.
/// </summary>
public sealed record LinkPanelView(PageSectionView Section, string CanonicalUrl, string CardSnippet, string EmbedSnippet, string EmbedUrl);

/// <summary>
/// An article summarised for other sites: the summary card snippet and the embed page. Links are absolute
/// because the card is pasted into, and the embed shown inside, another site's page.
/// </summary>
public sealed record ArticleCardView(string SiteTitle, string Title, string Summary, string ArticleUrl, DateView LastReviewed, string EmbedUrl, int EmbedWidth, int EmbedHeight);

/// <summary>The standalone embed page: the card, plus the head it needs on its own.</summary>
public sealed record EmbedPageView(
    string Lang, ArticleCardView Card, string StylesheetUrl, string IconUrl, string ContentSecurityPolicy);

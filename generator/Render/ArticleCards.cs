using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>Summaries of an article for other sites: the card clinics paste, and the embed page they frame.</summary>
public static class ArticleCards
{
    /// <summary>The size the iframe snippet asks for; the embed page fits it at common font sizes.</summary>
    public const int EmbedWidth = 480;
    public const int EmbedHeight = 320;

    /// <summary>The "Link to this page" panel's heading in the page's language, which "On this page" also lists.</summary>
    public static PageSectionView LinkPanelSection(PageLanguage language) => new(SiteUrls.LinkPanelId, language.Text("link_panel_heading"));

    public static ArticleCardView For(Article article, RenderContext context) => new(
        context.Settings.Title,
        article.Meta.Title,
        article.Meta.Summary,
        context.Urls.Absolute(context.Urls.Article(article.Slug)),
        RenderContext.Date(article.Meta.LastReviewed),
        context.Urls.Absolute(context.Urls.Embed(article.Slug)),
        EmbedWidth,
        EmbedHeight);

    /// <summary>A translation summarised for other sites, in its language, linking to its own page and embed card.</summary>
    public static ArticleCardView For(Translation<Article> translation, RenderContext context) => new(
        context.Settings.Title,
        translation.Translated.Meta.Title,
        translation.Translated.Meta.Summary,
        context.Urls.Absolute(context.Urls.Public(RenderContext.TranslatedArticlePath(translation))),
        context.LanguageOf(translation).TimeOf(translation.English.Meta.LastReviewed),
        context.Urls.Absolute(context.Urls.Public(TranslatedEmbedPath(translation))),
        EmbedWidth,
        EmbedHeight);

    /// <summary>The site path of a translation's embed card: /&lt;lang&gt;/embed/&lt;translated slug&gt;/.</summary>
    public static string TranslatedEmbedPath(Translation<Article> translation) =>
        SiteUrls.InLanguage(translation.Language, SiteUrls.EmbedPath(translation.Translated.Slug));

    /// <summary>The "Link to this page" panel's HTML for an article's card in the page's language, rendered from its own template.</summary>
    /// <param name="embedPath">The path of the card's embed page, which the panel links to.</param>
    public static string LinkPanelHtml(ArticleCardView card, string embedPath, PageLanguage language, RenderContext context)
    {
        var panel = new LinkPanelView(
            LinkPanelSection(language),
            card.ArticleUrl,
            context.Templates.Render("card-snippet", card, language.Strings).Trim(),
            context.Templates.Render("embed-snippet", card, language.Strings).Trim(),
            embedPath);
        return context.Templates.Render("link-panel", panel, language.Strings);
    }
}

using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>Summaries of an article for other sites: the card clinics paste, and the embed page they frame.</summary>
public static class ArticleCards
{
    /// <summary>The size the iframe snippet asks for; the embed page fits it at common font sizes.</summary>
    public const int EmbedWidth = 480;
    public const int EmbedHeight = 320;

    /// <summary>The "Link to this page" panel's heading, which "On this page" also lists.</summary>
    public static readonly PageSectionView LinkPanelSection = new(SiteUrls.LinkPanelId, "Link to this page");

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

    /// <summary>The "Link to this page" panel's HTML, rendered from its own template.</summary>
    public static string LinkPanelHtml(Article article, RenderContext context)
    {
        var card = For(article, context);
        var panel = new LinkPanelView(
            LinkPanelSection,
            card.ArticleUrl,
            context.Templates.Render("card-snippet", card).Trim(),
            context.Templates.Render("embed-snippet", card).Trim(),
            context.Urls.Embed(article.Slug));
        return context.Templates.Render("link-panel", panel, context.ReferenceLanguage.Strings);
    }
}

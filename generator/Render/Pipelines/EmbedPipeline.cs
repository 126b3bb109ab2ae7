using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The embed page of each article at /embed/&lt;slug&gt;/, and of each translation at /&lt;lang&gt;/embed/&lt;slug&gt;/ in its
/// language: a small standalone card (no site header or footer) for clinics to show in an iframe. It is the only kind
/// of page other sites may frame (see _headers).
/// </summary>
public sealed class EmbedPipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.RenderEach(context.Graph.PublishedArticles, article => Page(SiteUrls.EmbedPath(article.Slug), ArticleCards.For(article, context), context.ReferenceLanguage, context))
            .Concat(context.RenderEach(context.Graph.PublishedTranslations, translation => translation.SourcePath,
                translation => [translation.SourcePath, translation.English.SourcePath], _ => "",
                translation => Page(ArticleCards.TranslatedEmbedPath(translation), ArticleCards.For(translation, context), context.LanguageOf(translation), context)));

    private static OutputFile Page(string sitePath, ArticleCardView card, PageLanguage language, RenderContext context) => new(
        SiteUrls.OutputPathOf(sitePath),
        context.Templates.RenderFile("embed", new EmbedPageView(
            language.Code, card, context.AssetUrl("embed.css"), context.AssetUrl("icon.svg"), SecurityHeaders.ContentSecurityPolicy), language.Strings));
}

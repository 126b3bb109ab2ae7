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
    // A card shows its article's title, summary, addresses and review date, not its body or sources, so it is kept
    // while its view is what it was: a record's text names every value it holds.
    // A card per article: each is kept or rendered on its own (see IOutputPipeline.BodiesShown).
    public string? BodiesShown(RenderContext context) => null;

    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.RenderEach(context.Graph.PublishedArticles, article => article.SourcePath, _ => [],
                article => View(ArticleCards.For(article, context), context.ReferenceLanguage, context).ToString(),
                article => Page(SiteUrls.EmbedPath(article.Slug), View(ArticleCards.For(article, context), context.ReferenceLanguage, context), context.ReferenceLanguage, context))
            .Concat(context.RenderEach(context.Graph.PublishedTranslations, translation => translation.SourcePath, _ => [],
                translation => View(ArticleCards.For(translation, context), context.LanguageOf(translation), context).ToString(),
                translation => Page(ArticleCards.TranslatedEmbedPath(translation), View(ArticleCards.For(translation, context), context.LanguageOf(translation), context),
                    context.LanguageOf(translation), context)));

    private static EmbedPageView View(ArticleCardView card, PageLanguage language, RenderContext context) =>
        new(language.Code, card, context.AssetUrl("embed.css"), context.AssetUrl("icon.svg"), SecurityHeaders.ContentSecurityPolicy);

    private static OutputFile Page(string sitePath, EmbedPageView view, PageLanguage language, RenderContext context) =>
        new(SiteUrls.OutputPathOf(sitePath), context.Templates.RenderFile("embed", view, language.Strings));
}

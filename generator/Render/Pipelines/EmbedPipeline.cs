using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The embed page of each article at /embed/&lt;slug&gt;/: a small standalone card (no site header or footer)
/// for clinics to show in an iframe. It is the only kind of page other sites may frame (see _headers).
/// </summary>
public sealed class EmbedPipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.RenderEach(context.Graph.PublishedArticles, article => new OutputFile(
            SiteUrls.EmbedOutputPath(article.Slug),
            context.Templates.RenderFile("embed", new EmbedPageView(
                context.Settings.Language, ArticleCards.For(article, context), context.AssetUrl("embed.css"), context.AssetUrl("icon.svg"),
                SecurityHeaders.ContentSecurityPolicy))));
}

using KnowledgeBase.Content;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /404.html, which static hosts serve for any missing address. It may be served at any depth, so every
/// link on it is root-relative (with the base path), as on every other page.
/// </summary>
public sealed class NotFoundPipeline : IOutputPipeline
{
    public string? BodiesShown(RenderContext context) => "";

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        const string title = "Page not found";
        var view = new NotFoundView(
            context.Urls.Home,
            context.Graph.PublishedArticles.Take(ListPages.PageSize).Select(context.LinkTo).ToList());
        var meta = new PageMeta(title, "There is no page at this address.", context.Urls.Public(SiteUrls.NotFoundPath), "website", WebPageStructuredData.WebPage(title))
        {
            NoIndex = true,
        };
        yield return context.Page(SiteUrls.OutputPathOf(SiteUrls.NotFoundPath), meta, "not-found", view);
    }
}

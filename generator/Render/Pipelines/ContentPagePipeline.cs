using KnowledgeBase.Content;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>Standing pages from content/pages at /&lt;slug&gt;/.</summary>
public sealed class ContentPagePipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.RenderEach(context.Graph.Content.Pages, page => page.SourcePath, page => [page.SourcePath], _ => "", page =>
        {
            var path = context.Urls.Page(page.Slug);
            var jsonLd = WebPageStructuredData.WebPage(page.Title, context.Urls.Absolute(path));
            return context.Page(SiteUrls.PageOutputPath(page.Slug), new PageMeta(page.Title, page.Summary, path, "website", jsonLd),
                "page", new PageView(page.Title, context.Markdown.Render(page.Body, context.ReferenceLanguage)));
        });
}

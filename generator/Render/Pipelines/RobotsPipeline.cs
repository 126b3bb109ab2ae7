using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>/robots.txt: every page may be crawled (embeds and redirects say noindex themselves), and where the sitemap is.</summary>
public sealed class RobotsPipeline : IOutputPipeline
{
    public string? BodiesShown(RenderContext context) => "";

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        yield return RenderContext.Text(SiteUrls.OutputPathOf(SiteUrls.RobotsPath),
            $"User-agent: *\nAllow: /\n\nSitemap: {context.Urls.Absolute(context.Urls.Sitemap)}\n");
    }
}

namespace KnowledgeBase.Render;

/// <summary>
/// Produces one kind of output (article pages, citation pages, the sitemap...). A new kind of output is a
/// new pipeline class added to <see cref="SiteRenderer"/>'s list, not a change to the others.
/// </summary>
public interface IOutputPipeline
{
    IEnumerable<OutputFile> Render(RenderContext context);
}

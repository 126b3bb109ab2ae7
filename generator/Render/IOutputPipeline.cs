namespace KnowledgeBase.Render;

/// <summary>
/// Produces one kind of output (article pages, citation pages, the sitemap...). A new kind of output is a
/// new pipeline class added to <see cref="SiteRenderer"/>'s list, not a change to the others.
/// </summary>
public interface IOutputPipeline
{
    IEnumerable<OutputFile> Render(RenderContext context);

    /// <summary>
    /// What the pipeline's files show of articles' bodies, as text that changes whenever that does (the headings the
    /// home page's questions link to, say): "" for files made only from front matter, the sources articles cite and
    /// site-wide files. After an edit of bodies alone that leaves it as it was, the pipeline is not run and its files are
    /// the previous build's (<see cref="PageReuse.KeepOrRenderPipeline"/>). Null for a pipeline whose pages are each kept
    /// or rendered on their own: those that show bodies (an article's page), and those with a page per article, which
    /// cost less to look up one by one than to record again as a group on every build.
    /// </summary>
    string? BodiesShown(RenderContext context);
}

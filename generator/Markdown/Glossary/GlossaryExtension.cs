using Markdig;
using Markdig.Renderers;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>
/// Renders the glossary term links that <see cref="GlossaryLinker"/> puts into an article. Parsing is left
/// alone: which use of a term comes first depends on the whole article, so the link stage decides.
/// </summary>
public sealed class GlossaryExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlGlossaryTermRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlGlossaryTermRenderer());
        }
    }
}

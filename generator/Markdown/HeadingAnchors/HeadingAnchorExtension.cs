using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KnowledgeBase.Markdown.HeadingAnchors;

/// <summary>
/// Gives every heading an id derived from its own text (or its explicit <c>{#id}</c>) and renders each h2/h3
/// with a plain anchor link to itself, beside which copy-link.js adds a "Copy link" button.
/// </summary>
public sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= HeadingIds.Assign;
        pipeline.DocumentProcessed += HeadingIds.Assign;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<AnchoredHeadingRenderer>())
        {
            html.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer());
        }
    }
}

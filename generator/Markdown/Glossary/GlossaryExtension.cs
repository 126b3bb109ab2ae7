using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>
/// Links the first use of each glossary term in an article while rendering it, by writing running text with an
/// <see cref="HtmlGlossaryFirstUseRenderer"/>. Parsing is left alone: which use of a term comes first depends on
/// the whole article, so the link stage finds the first uses (<see cref="GlossaryFirstUses"/>) and the render
/// stage gives them to the renderer.
/// </summary>
public sealed class GlossaryExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlGlossaryFirstUseRenderer>())
        {
            html.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new HtmlGlossaryFirstUseRenderer());
        }
    }
}

using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Citations;

/// <summary>
/// Pandoc-style citations, <c>[@key]</c>, <c>[@a; @b]</c>, <c>[@key, p. 181]</c>, parsed into <see cref="CitationGroup"/>
/// nodes and written by an <see cref="HtmlCitationRenderer"/>. Their HTML depends on the article they appear in
/// (its numbering), so the render stage gives that renderer the article's <see cref="CitationGroupRenderer"/>.
/// </summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }

        pipeline.DocumentProcessed -= AttachToPrecedingWord;
        pipeline.DocumentProcessed += AttachToPrecedingWord;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlCitationRenderer>();
        }
    }

    /// <summary>
    /// Editors write "thigh [@park2008]." with a space, but a superscript number sits right after the word it
    /// supports, so the space before a citation is dropped.
    /// </summary>
    private static void AttachToPrecedingWord(MarkdownDocument document)
    {
        foreach (var group in MarkdownWalk.All<CitationGroup>(document))
        {
            if (group.PreviousSibling is LiteralInline literal)
            {
                var content = literal.Content;
                content.TrimEnd();
                literal.Content = content;
            }
        }
    }
}

using Markdig;

namespace KnowledgeBase.Markdown.Citations;

/// <summary>Registers <see cref="CitationExtension"/> on a Markdig pipeline.</summary>
public static class CitationPipelineExtensions
{
    /// <summary>
    /// Parses <c>[@key]</c>, <c>[@a; @b]</c> and <c>[@key, p. 181]</c> as citations. Not named UseCitations: Markdig
    /// already has an extension of that name, for <c>""title""</c> as &lt;cite&gt;, which this site does not use.
    /// </summary>
    public static MarkdownPipelineBuilder UsePandocCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CitationExtension>();
        return pipeline;
    }
}

using Markdig;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>Registers <see cref="GlossaryExtension"/> on a Markdig pipeline.</summary>
public static class GlossaryPipelineExtensions
{
    /// <summary>Links to the glossary from the first use of each term in an article, with their definitions as tooltips.</summary>
    public static MarkdownPipelineBuilder UseGlossary(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<GlossaryExtension>();
        return pipeline;
    }
}

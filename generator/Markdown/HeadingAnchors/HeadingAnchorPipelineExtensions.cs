using Markdig;

namespace KnowledgeBase.Markdown.HeadingAnchors;

/// <summary>Registers <see cref="HeadingAnchorExtension"/> on a Markdig pipeline.</summary>
public static class HeadingAnchorPipelineExtensions
{
    /// <summary>Stable heading ids and section anchor links. Use with <c>UseGenericAttributes()</c> so <c>{#id}</c> works.</summary>
    public static MarkdownPipelineBuilder UseHeadingAnchors(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingAnchorExtension>();
        return pipeline;
    }
}

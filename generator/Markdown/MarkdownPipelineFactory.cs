using Markdig;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Markdown.HeadingAnchors;

namespace KnowledgeBase.Markdown;

/// <summary>The one Markdown pipeline every article and page is parsed and rendered with.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .DisableHtml()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseHeadingAnchors()
            .UsePandocCitations()
            .UseGenericAttributes()
            .Build();
}

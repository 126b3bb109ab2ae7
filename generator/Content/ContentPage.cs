using KnowledgeBase.Markdown;
using Markdig.Syntax;

namespace KnowledgeBase.Content;

/// <summary>A standing page such as About or Privacy, published at /&lt;slug&gt;/.</summary>
public sealed record ContentPage(string SourcePath, string Slug, string Title, string Summary, MarkdownDocument Body, int BodyFirstLine)
{
    /// <summary>What the checks read from <see cref="Body"/>.</summary>
    public required MarkdownFacts BodyFacts { get; init; }
}

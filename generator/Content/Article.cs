using KnowledgeBase.Diagnostics;
using Markdig.Syntax;

namespace KnowledgeBase.Content;

/// <summary>An article: its front matter, its parsed Markdown body and where it came from.</summary>
public sealed record Article(string SourcePath, string Slug, SourceLocation SlugLocation, ArticleFrontMatter Meta, MarkdownDocument Body, int BodyFirstLine)
{
    /// <summary>The "Key points" bullets of the front matter, each parsed as Markdown with the body's pipeline.</summary>
    public IReadOnlyList<KeyPoint> KeyPoints { get; init; } = [];

    /// <summary>The article's Markdown in reading order: the key points, then the body.</summary>
    public IEnumerable<MarkdownDocument> Documents => KeyPoints.Select(point => point.Body).Append(Body);
}

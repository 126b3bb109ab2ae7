using KnowledgeBase.Diagnostics;
using Markdig.Syntax;

namespace KnowledgeBase.Content;

/// <summary>An article: its front matter, its parsed Markdown body and where it came from.</summary>
public sealed record Article(string SourcePath, string Slug, SourceLocation SlugLocation, ArticleFrontMatter Meta, MarkdownDocument Body, int BodyFirstLine)
{
    /// <summary>
    /// Each of <see cref="ArticleFrontMatter.KeyPoints"/> parsed as Markdown (they may cite, "[@park2008]"), in the
    /// same order; positions are positions in the article file.
    /// </summary>
    public IReadOnlyList<MarkdownDocument> KeyPointDocuments { get; init; } = [];
}

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
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

    /// <summary>What the checks and the link stage read from <see cref="Body"/>.</summary>
    public required MarkdownFacts BodyFacts { get; init; }

    /// <summary>What the checks and the link stage read from each of <see cref="KeyPointDocuments"/>, in the same order.</summary>
    public IReadOnlyList<MarkdownFacts> KeyPointFacts { get; init; } = [];

    /// <summary>Where the tag at <paramref name="index"/> of <see cref="ArticleFrontMatter.Tags"/> is written, or the file's start when that is not known.</summary>
    public SourceLocation TagLocation(int index) => index < Meta.TagLocations.Count ? Meta.TagLocations[index] : SourceLocation.StartOf(SourcePath);

    /// <summary>The article's Markdown in reading order: the key points, then the body.</summary>
    public IEnumerable<MarkdownDocument> Documents => KeyPointDocuments.Append(Body);

    /// <summary>The facts of <see cref="Documents"/>, in the same order.</summary>
    public IEnumerable<MarkdownFacts> DocumentFacts => KeyPointFacts.Append(BodyFacts);
}

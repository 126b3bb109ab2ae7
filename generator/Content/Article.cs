using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using Markdig.Syntax;

namespace KnowledgeBase.Content;

/// <summary>An article: its front matter, its Markdown body (parsed when a page needs it) and where it came from.</summary>
public sealed record Article(string SourcePath, string Slug, SourceLocation SlugLocation, ArticleFrontMatter Meta, MarkdownTree BodyTree, int BodyFirstLine)
{
    /// <summary>What the article's Markdown (key points and body) is, as the hash its facts are kept under between builds.</summary>
    public string MarkdownKey { get; init; } = "";

    /// <summary>What the article's front matter is, as the hash its record is kept under between builds: an edit of the body alone leaves it as it was.</summary>
    public string FrontMatterKey { get; init; } = "";

    /// <summary>The parsed body; reading it parses a body whose facts were stored, so only what renders the article reads it.</summary>
    public MarkdownDocument Body => BodyTree.Document;

    /// <summary>
    /// Each of <see cref="ArticleFrontMatter.KeyPoints"/> as Markdown (they may cite, "[@park2008]"), in the same
    /// order; positions are positions in the article file.
    /// </summary>
    public IReadOnlyList<MarkdownTree> KeyPointTrees { get; init; } = [];

    /// <summary>Each of <see cref="KeyPointTrees"/> parsed.</summary>
    public IEnumerable<MarkdownDocument> KeyPointDocuments => KeyPointTrees.Select(point => point.Document);

    /// <summary>What the checks and the link stage read from <see cref="Body"/>.</summary>
    public required MarkdownFacts BodyFacts { get; init; }

    /// <summary>What the checks and the link stage read from each of <see cref="KeyPointTrees"/>, in the same order.</summary>
    public IReadOnlyList<MarkdownFacts> KeyPointFacts { get; init; } = [];

    /// <summary>Where the tag at <paramref name="index"/> of <see cref="ArticleFrontMatter.Tags"/> is written, or the file's start when that is not known.</summary>
    public SourceLocation TagLocation(int index) => index < Meta.TagLocations.Count ? Meta.TagLocations[index] : SourceLocation.StartOf(SourcePath);

    /// <summary>The article's Markdown in reading order: the key points, then the body.</summary>
    public IEnumerable<MarkdownTree> Trees => KeyPointTrees.Append(BodyTree);

    /// <summary>The article's Markdown parsed, in reading order.</summary>
    public IEnumerable<MarkdownDocument> Documents => Trees.Select(tree => tree.Document);

    /// <summary>The facts of <see cref="Documents"/>, in the same order.</summary>
    public IEnumerable<MarkdownFacts> DocumentFacts => KeyPointFacts.Append(BodyFacts);
}

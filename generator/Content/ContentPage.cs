using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using Markdig.Syntax;

namespace KnowledgeBase.Content;

/// <summary>
/// A standing page such as About or Privacy, published at /&lt;slug&gt;/. The slug comes from the file name, or from a
/// translation's <c>slug:</c> (<paramref name="WrittenSlug"/>, with where it is written).
/// </summary>
public sealed record ContentPage(string SourcePath, string Slug, Located<string>? WrittenSlug, string Title, string Summary, MarkdownTree BodyTree, int BodyFirstLine)
{
    /// <summary>The parsed body; reading it parses a body whose facts were stored.</summary>
    public MarkdownDocument Body => BodyTree.Document;

    /// <summary>Where the slug was chosen: at its value when it is written, else the start of the file.</summary>
    public SourceLocation SlugLocation => WrittenSlug?.Location ?? SourceLocation.StartOf(SourcePath);

    /// <summary>What the checks read from <see cref="Body"/>.</summary>
    public required MarkdownFacts BodyFacts { get; init; }
}

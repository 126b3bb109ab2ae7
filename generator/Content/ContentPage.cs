using Markdig.Syntax;

namespace KnowledgeBase.Content;

/// <summary>A standing page such as About or Privacy, published at /&lt;slug&gt;/.</summary>
public sealed record ContentPage(string SourcePath, string Slug, string Title, string Summary, MarkdownDocument Body, int BodyFirstLine);

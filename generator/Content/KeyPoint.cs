using KnowledgeBase.Diagnostics;
using Markdig.Syntax;

namespace KnowledgeBase.Content;

/// <summary>
/// One bullet of an article's "Key points" box: its text as written in front matter, where it is written, and
/// the text parsed with the article's Markdown pipeline, so citations and emphasis work as in the body.
/// </summary>
public sealed record KeyPoint(string Text, SourceLocation Location, MarkdownDocument Body);

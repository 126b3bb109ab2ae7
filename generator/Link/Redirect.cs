using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Link;

/// <summary>An old URL (an alias in front matter) that now leads to a published article.</summary>
/// <param name="FromPath">The site path of the old URL, e.g. "/fat-dissolving/".</param>
/// <param name="Location">Where the alias is written, for diagnostics about it.</param>
public sealed record Redirect(string FromPath, Article Target, SourceLocation Location);

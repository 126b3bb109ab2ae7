using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>An old URL (from an alias in front matter, an article's or a translation's) and the site path it now leads to.</summary>
/// <param name="FromPath">The site path of the old URL, e.g. "/fat-dissolving/".</param>
/// <param name="ToPath">The site path of the page that replaced it, e.g. "/articles/mesotherapy-for-fat/".</param>
/// <param name="Title">The title of the page it leads to.</param>
/// <param name="Location">Where the alias is written, for diagnostics about it.</param>
public sealed record Redirect(string FromPath, string ToPath, string Title, SourceLocation Location)
{
    /// <summary>The language of the page it leads to, for a translation's alias; null for the reference language.</summary>
    public string? Language { get; init; }
}

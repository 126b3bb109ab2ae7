using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.EvidenceBlocks;

/// <summary>An evidence table (uses by level, with verdicts) and its bar chart.</summary>
/// <param name="ListsArticles">True on the site-wide evidence page, where each use links to the article it comes from.</param>
public sealed record EvidenceMatrixView(PageSectionView Heading, string Caption, bool ListsArticles, IReadOnlyList<EvidenceRowView> Rows, EvidenceChartView Chart);

/// <summary>One use: its name, its evidence level, the one-line verdict and its sources.</summary>
/// <param name="Id">The row's id on an article page (which the evidence page links to), or null on the evidence page.</param>
/// <param name="ArticleUrl">On the evidence page, the use's row in its article; otherwise null.</param>
public sealed record EvidenceRowView(string? Id, string Name, string? ArticleUrl, string? ArticleTitle, EvidenceLevelBadgeView Level, string Verdict, string CitationsHtml);

/// <summary>
/// An evidence level as a link to where the levels are explained, with its plain-word explanation in a note that
/// appears when a reader points at or tabs to it (and is read out as the link's description).
/// </summary>
public sealed record EvidenceLevelBadgeView(string Name, string Label, string Explanation, string NoteId, string ExplanationUrl)
{
    /// <summary>The language of the page that explains the levels, when it is not the linking page's; null otherwise.</summary>
    public string? HrefLang { get; init; }
}

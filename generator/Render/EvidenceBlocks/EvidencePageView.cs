using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.EvidenceBlocks;

/// <summary>The site-wide evidence page: every use from every article in one table and chart, and what the levels mean.</summary>
/// <param name="MatrixHtml">The table and chart, or empty when no article grades a use yet.</param>
public sealed record EvidencePageView(string Title, string Summary, string MatrixHtml, PageSectionView LevelsHeading, IReadOnlyList<EvidenceLevelWording> Levels)
{
    /// <summary>The navigation between the pages of a list of uses too long for one page; null otherwise.</summary>
    public PaginationView? Pagination { get; init; }
}

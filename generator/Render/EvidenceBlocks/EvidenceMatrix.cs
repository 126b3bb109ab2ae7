using KnowledgeBase.Blocks.EvidenceByUse;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.EvidenceBlocks;

/// <summary>Builds an evidence table and its chart from uses, for an article and for the site-wide evidence page.</summary>
public static class EvidenceMatrix
{
    /// <summary>A use as one row shows it; the article fields are set on the site-wide page only.</summary>
    public sealed record Entry(EvidenceUse Use, string? RowId, string? ArticleUrl, string? ArticleTitle, string CitationsHtml);

    /// <param name="explanation">Where the evidence levels are explained, which each level links to.</param>
    public static EvidenceMatrixView View(PageSectionView heading, string caption, IReadOnlyList<Entry> entries, LinkView explanation, PageLanguage language) => new(
        heading,
        caption,
        ListsArticles: entries.Any(entry => entry.ArticleUrl is not null),
        entries.Select((entry, index) => new EvidenceRowView(
            entry.RowId,
            entry.Use.Name,
            entry.ArticleUrl,
            entry.ArticleTitle,
            Badge(EvidenceLevelWording.Of(entry.Use.Evidence, language), $"{heading.Id}-level-{index + 1}", explanation),
            entry.Use.Verdict,
            entry.CitationsHtml)).ToList(),
        EvidenceChart.Lay(heading.Id, entries.Select(entry => (entry.Use.Name, entry.Use.Evidence)).ToList(), language));

    private static EvidenceLevelBadgeView Badge(EvidenceLevelWording wording, string noteId, LinkView explanation) =>
        new(wording.Name, wording.Label, wording.Explanation, noteId, explanation.Url) { HrefLang = explanation.HrefLang };
}

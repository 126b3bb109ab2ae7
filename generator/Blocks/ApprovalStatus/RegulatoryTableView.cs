using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.ApprovalStatus;

/// <summary>The approval-status table: one row per regulator's decision.</summary>
public sealed record RegulatoryTableView(PageSectionView Heading, string Caption, IReadOnlyList<RegulatoryRowView> Rows);

/// <summary>One regulator's decision: who, about what, the status as an icon and words, when, what it means, and its sources.</summary>
/// <param name="Status">The status as written in front matter ("not-approved"), which picks the icon and colour.</param>
/// <param name="Date">When the regulator decided, or null when the sources give no date.</param>
public sealed record RegulatoryRowView(string Regulator, string Region, string Treatment, string Status, string StatusLabel, DateView? Date, string Summary, string CitationsHtml);

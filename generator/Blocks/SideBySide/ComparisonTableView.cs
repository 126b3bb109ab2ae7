using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.SideBySide;

/// <summary>This treatment and another side by side, aspect by aspect, each row with its sources.</summary>
public sealed record ComparisonTableView(PageSectionView Heading, string Caption, string ThisName, string OtherName, IReadOnlyList<ComparisonRowView> Rows);

/// <summary>One aspect compared.</summary>
public sealed record ComparisonRowView(string Aspect, string ThisTreatment, string OtherTreatment, string CitationsHtml);

namespace KnowledgeBase.Render.Views;

/// <summary>An article page: the decisions (dates, overdue status, order) are already made.</summary>
/// <param name="EvidenceBlocksHtml">The structured evidence blocks, shown before the body in this order.</param>
public sealed record ArticleView(
    string Title,
    string Summary,
    string BodyHtml,
    string Authors,
    string ReviewedBy,
    DateView LastReviewed,
    DateView NextReview,
    bool ReviewOverdue,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> EvidenceBlocksHtml,
    string LinkPanelHtml,
    IReadOnlyList<ReferenceListItemView> References);

/// <summary>A date with its machine-readable and human-readable forms, for a &lt;time&gt; element.</summary>
public sealed record DateView(string Iso, string Display);

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Content;

/// <summary>The typed front matter of an article, as described in CONTENT.md.</summary>
public sealed record ArticleFrontMatter(
    string Title,
    string Summary,
    Located<string>? Slug,
    IReadOnlyList<Located<string>> Aliases,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> ReviewedBy,
    DateOnly LastReviewed,
    DateOnly NextReview,
    bool Draft,
    IReadOnlyList<Located<string>> KeyPoints,
    IReadOnlyList<EvidenceUse> Uses,
    IReadOnlyList<CostItem> Costs,
    TreatmentComparison? Comparison,
    IReadOnlyList<StudySummary> Studies,
    RegulatoryStatus? Regulatory)
{
    /// <summary>Where <c>next_review</c> is written, so an overdue review points editors at the date to change.</summary>
    public SourceLocation? NextReviewLocation { get; init; }
}

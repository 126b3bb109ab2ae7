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
    IReadOnlyList<RegulatoryDecision> Regulatory)
{
    /// <summary>Where each of <see cref="Tags"/> is written, in the same order, for diagnostics about a tag.</summary>
    public IReadOnlyList<SourceLocation> TagLocations { get; init; } = [];

    /// <summary>The text readers see in the structured blocks (uses, costs, comparison, studies, regulators' decisions).</summary>
    public IEnumerable<string> BlockTexts =>
        Uses.SelectMany(use => new[] { use.Name, use.Verdict })
            .Concat(Costs.SelectMany(cost => new[] { cost.Item, cost.Per }))
            .Concat(Comparison is null ? [] : Comparison.Rows.SelectMany(row => new[] { row.Aspect, row.This, row.Other }).Prepend(Comparison.With))
            .Concat(Studies.SelectMany(study => new[] { study.Question, study.Design, study.Participants, study.Duration, study.Finding }))
            .Concat(Regulatory.SelectMany(decision => new[] { decision.Region, decision.Regulator, decision.Treatment, decision.Summary }));

    /// <summary>Where <c>next_review</c> is written, so an overdue review points editors at the date to change.</summary>
    public SourceLocation? NextReviewLocation { get; init; }
}

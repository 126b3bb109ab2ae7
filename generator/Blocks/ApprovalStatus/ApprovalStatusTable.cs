using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.ApprovalStatus;

/// <summary>An article's approval status: the regulators' decisions, in the order written.</summary>
public sealed record ApprovalStatusTable(IEvidenceBlock Kind, IReadOnlyList<RegulatoryDecision> Decisions) : ArticleBlock(Kind)
{
    /// <summary>The decisions of an article, or none when it has no approval status.</summary>
    public static IReadOnlyList<RegulatoryDecision> In(ArticleFrontMatter meta) => meta.Block<ApprovalStatusTable>()?.Decisions ?? [];

    /// <summary>Names every regulator once: "Approval status: FDA (United States), Health Canada".</summary>
    public override string Heading(RenderContext context, PageLanguage language) =>
        language.Text("block_approval_status", ("regulators", string.Join(", ", Decisions.Select(decision => decision.RegulatorWithRegion).Distinct(StringComparer.Ordinal))));

    public override IEnumerable<BlockCitation> Citations =>
        Decisions.SelectMany(decision => Cite(decision.Refs, $"{decision.RegulatorWithRegion}: {decision.Summary}"));

    public override IEnumerable<string> Texts =>
        Decisions.SelectMany(decision => new[] { decision.Region, decision.Regulator, decision.Treatment, decision.Summary });

    public override void Validate(BlockRulesContext context, DiagnosticBag diagnostics) => ApprovalStatusRules.Check(this, context, diagnostics);

    public override object View(PageSectionView heading, CitationGroupRenderer citations, RenderContext context) => new RegulatoryTableView(
        heading,
        "What each regulator decided, when, and the sources",
        Decisions.Select(decision => new RegulatoryRowView(
            decision.Regulator,
            decision.Region,
            decision.Treatment,
            RegulatoryStatusNames.NameOf(decision.Status),
            StatusLabel(decision.Status),
            decision.Date is { } date ? DecisionDate(date.Value) : null,
            decision.Summary,
            Cited(decision.Refs, citations))).ToList());

    /// <summary>The status in words, so the table never relies on its icon or colour.</summary>
    private static string StatusLabel(RegulatoryStatusKind status) => status switch
    {
        RegulatoryStatusKind.Approved => "Approved",
        RegulatoryStatusKind.NotApproved => "Not approved",
        RegulatoryStatusKind.OffLabel => "Off-label use only",
        RegulatoryStatusKind.Mixed => "Approved for some uses only",
        RegulatoryStatusKind.Banned => "Banned",
        RegulatoryStatusKind.Warned => "Warned against",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Shown as precisely as it is written: "29 April 2015", "July 2015" or "2016".</summary>
    private static DateView DecisionDate(PartialDate date) => new(
        date.Iso,
        date.Earliest.ToString(date.Day is not null ? "d MMMM yyyy" : date.Month is not null ? "MMMM yyyy" : "yyyy", CultureInfo.InvariantCulture));
}

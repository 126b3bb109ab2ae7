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

    public override object View(PageSectionView heading, CitationGroupRenderer citations, RenderContext context, PageLanguage language) => new RegulatoryTableView(
        heading,
        language.Text("block_caption_approval_status"),
        Decisions.Select(decision => new RegulatoryRowView(
            decision.Regulator,
            decision.Region,
            decision.Treatment,
            RegulatoryStatusNames.NameOf(decision.Status),
            // The status in words (status_approved, status_not_approved...), so the table never relies on its icon or colour.
            language.Text("status_" + RegulatoryStatusNames.NameOf(decision.Status).Replace('-', '_')),
            decision.Date is { } date ? language.TimeOf(date.Value) : null,
            decision.Summary,
            Cited(decision.Refs, citations))).ToList());
}

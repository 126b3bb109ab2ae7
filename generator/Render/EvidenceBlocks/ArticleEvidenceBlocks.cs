using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.EvidenceBlocks;

/// <summary>
/// Renders an article's structured evidence blocks, each from its own template, in the order the page shows
/// them (<see cref="StructuredBlocks.DisplayOrder"/>). Their sources are numbered citations, like the body's.
/// </summary>
public static class ArticleEvidenceBlocks
{
    public static IReadOnlyList<string> Html(Article article, RenderContext context)
    {
        var citations = context.CitationsOf(article);
        return StructuredBlocks.Present(article.Meta).Select(block => Render(article.Meta, block, citations, context)).ToList();
    }

    /// <summary>Each block's section (its heading id and text), in the order of <see cref="Html"/>, for "On this page".</summary>
    public static IReadOnlyList<PageSectionView> Sections(Article article, RenderContext context) =>
        StructuredBlocks.Present(article.Meta).Select(block => Heading(block, article.Meta, context)).ToList();

    private static string Render(ArticleFrontMatter meta, StructuredBlock block, CitationGroupRenderer citations, RenderContext context)
    {
        var heading = Heading(block, meta, context);
        return block switch
        {
            StructuredBlock.Regulatory => context.Templates.Render("regulatory-table", Regulatory(meta.Regulatory, heading, citations)),
            StructuredBlock.Uses => context.Templates.Render("evidence-matrix", Uses(meta, heading, citations, context)),
            StructuredBlock.Costs => context.Templates.Render("price-list", Prices(meta, heading, citations, context)),
            StructuredBlock.Comparison => context.Templates.Render("comparison-table", Comparison(meta.Comparison!, heading, citations, context)),
            StructuredBlock.Studies => context.Templates.Render("study-cards", Studies(meta, heading, citations, context)),
            _ => throw new ArgumentOutOfRangeException(nameof(block), block, null),
        };
    }

    private static PageSectionView Heading(StructuredBlock block, ArticleFrontMatter meta, RenderContext context) =>
        new(StructuredBlocks.SectionId(block), HeadingText(block, meta, context));

    private static string HeadingText(StructuredBlock block, ArticleFrontMatter meta, RenderContext context) =>
        block switch
        {
            StructuredBlock.Regulatory => "Approval status: " + string.Join(", ", meta.Regulatory.Select(decision => decision.RegulatorWithRegion).Distinct(StringComparer.Ordinal)),
            StructuredBlock.Uses => "How strong the evidence is for each use",
            StructuredBlock.Costs => "Prices we found",
            StructuredBlock.Comparison => $"Side by side: {context.Settings.Subject} and {meta.Comparison!.With}",
            StructuredBlock.Studies => "Key studies",
            _ => throw new ArgumentOutOfRangeException(nameof(block), block, null),
        };

    /// <summary>A block's sources as numbered citation links, or nothing for a row the editor left without sources.</summary>
    private static string Cited(IReadOnlyList<Located<string>> refs, CitationGroupRenderer citations) =>
        refs.Count == 0 ? "" : citations.Html(refs);

    /// <summary>The source's short name ("Park 2008") for a price or a study card, linking to its citation page.</summary>
    private static SourceLinkView Source(Located<string> key, RenderContext context) =>
        new(ReferenceStyle.ShortLabel(context.Graph.Content.References[key.Value]), context.Urls.Reference(key.Value));

    private static RegulatoryTableView Regulatory(IReadOnlyList<RegulatoryDecision> decisions, PageSectionView heading, CitationGroupRenderer citations) => new(
        heading,
        "What each regulator decided, when, and the sources",
        decisions.Select(decision => new RegulatoryRowView(
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

    private static EvidenceMatrixView Uses(ArticleFrontMatter meta, PageSectionView heading, CitationGroupRenderer citations, RenderContext context) => EvidenceMatrix.View(
        heading,
        "What each use is, how strong the evidence for it is, and what the studies show",
        meta.Uses.Select(use => new EvidenceMatrix.Entry(use, StructuredBlocks.UseRowId(use), null, null, Cited(use.Refs, citations))).ToList(),
        context.Urls.Evidence + "#" + SiteUrls.EvidenceLevelsId);

    private static PriceListView Prices(ArticleFrontMatter meta, PageSectionView heading, CitationGroupRenderer citations, RenderContext context) => new(
        heading,
        meta.Costs.Select(cost => new PriceView(
            cost.Item,
            PriceText.Range(cost, context.Culture),
            cost.Per,
            cost.Currency,
            CurrencyCodes.NameByCode.GetValueOrDefault(cost.Currency, cost.Currency),
            cost.Year.Value,
            Source(cost.Ref, context),
            Cited([cost.Ref], citations))).ToList());

    private static ComparisonTableView Comparison(TreatmentComparison comparison, PageSectionView heading, CitationGroupRenderer citations, RenderContext context) => new(
        heading,
        $"{context.Settings.Subject} compared with {comparison.With}, aspect by aspect, with the sources for each row",
        context.Settings.Subject,
        comparison.With,
        comparison.Rows.Select(row => new ComparisonRowView(row.Aspect, row.This, row.Other, Cited(row.Refs, citations))).ToList());

    private static StudyCardsView Studies(ArticleFrontMatter meta, PageSectionView heading, CitationGroupRenderer citations, RenderContext context) => new(
        heading,
        meta.Studies.Select(study => new StudyCardView(
            study.Question,
            study.Design,
            study.Participants,
            study.Duration,
            study.Finding,
            Source(study.Ref, context),
            Cited([study.Ref], citations))).ToList());
}

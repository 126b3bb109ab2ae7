using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.SideBySide;

/// <summary>A side-by-side comparison with another treatment, such as liposuction.</summary>
public sealed record TreatmentComparison(IEvidenceBlock Kind, string With, IReadOnlyList<ComparisonRow> Rows) : ArticleBlock(Kind)
{
    public override string Heading(RenderContext context, PageLanguage language) =>
        language.Text("block_side_by_side", ("subject", context.Settings.Subject), ("other", With));

    public override IEnumerable<BlockCitation> Citations => Rows.SelectMany(row => Cite(row.Refs, $"{row.Aspect}: {row.This}"));

    public override IEnumerable<string> Texts => Rows.SelectMany(row => new[] { row.Aspect, row.This, row.Other }).Prepend(With);

    public override object View(PageSectionView heading, CitationGroupRenderer citations, RenderContext context, PageLanguage language) => new ComparisonTableView(
        heading,
        language.Text("block_caption_side_by_side", ("subject", context.Settings.Subject), ("other", With)),
        language.Text("block_subject", ("subject", context.Settings.Subject)),
        With,
        Rows.Select(row => new ComparisonRowView(row.Aspect, row.This, row.Other, Cited(row.Refs, citations))).ToList());
}

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

    public override object View(PageSectionView heading, CitationGroupRenderer citations, RenderContext context) => new ComparisonTableView(
        heading,
        $"{context.Settings.Subject} compared with {With}, aspect by aspect, with the sources for each row",
        context.Settings.Subject,
        With,
        Rows.Select(row => new ComparisonRowView(row.Aspect, row.This, row.Other, Cited(row.Refs, citations))).ToList());
}

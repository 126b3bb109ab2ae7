using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Render;
using KnowledgeBase.Render.EvidenceBlocks;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.EvidenceByUse;

/// <summary>
/// An article's uses and the strength of the evidence for each. Its table and chart are laid out by
/// <see cref="EvidenceMatrix"/>, which the site-wide evidence page shares.
/// </summary>
public sealed record EvidenceByUseTable(IEvidenceBlock Kind, IReadOnlyList<EvidenceUse> Uses) : ArticleBlock(Kind)
{
    /// <summary>The uses an article grades, or none.</summary>
    public static IReadOnlyList<EvidenceUse> In(ArticleFrontMatter meta) => meta.Block<EvidenceByUseTable>()?.Uses ?? [];

    public override string Heading(RenderContext context, PageLanguage language) => language.Text("block_evidence_by_use");

    public override IEnumerable<BlockCitation> Citations => Uses.SelectMany(use => Cite(use.Refs, $"{use.Name}: {use.Verdict}"));

    public override IEnumerable<string> Texts => Uses.SelectMany(use => new[] { use.Name, use.Verdict });

    /// <summary>Each row's id as well, which the site-wide evidence page links to.</summary>
    public override IEnumerable<string> AnchorIds => base.AnchorIds.Concat(Uses.Select(use => use.RowId));

    public override void Validate(BlockRulesContext context, DiagnosticBag diagnostics) => EvidenceByUseRules.Check(this, diagnostics);

    public override object View(PageSectionView heading, CitationGroupRenderer citations, RenderContext context, PageLanguage language) => EvidenceMatrix.View(
        heading,
        language.Text("block_caption_evidence_by_use"),
        Uses.Select(use => new EvidenceMatrix.Entry(use, use.RowId, null, null, Cited(use.Refs, citations))).ToList(),
        context.LinkFrom(language, "", context.Urls.Evidence + "#" + SiteUrls.EvidenceLevelsId),
        language);
}

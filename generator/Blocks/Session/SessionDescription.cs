using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.Session;

/// <summary>An article's description of a session, part by part.</summary>
public sealed record SessionDescription(IEvidenceBlock Kind, IReadOnlyList<SessionPart> Parts) : ArticleBlock(Kind)
{
    public override string Heading(RenderContext context, PageLanguage language) => language.Text("block_session");

    public override IEnumerable<BlockCitation> Citations =>
        Parts.SelectMany(part => part.Statements.SelectMany(statement => Cite(statement.Refs, statement.Text, part.LabelKey)));

    public override IEnumerable<string> Texts => Parts.SelectMany(part => part.Statements.Select(statement => statement.Text));

    public override void Validate(BlockRulesContext context, DiagnosticBag diagnostics) => SessionRules.Check(this, diagnostics);

    public override object View(PageSectionView heading, CitationGroupRenderer citations, RenderContext context, PageLanguage language) => new SessionView(
        heading,
        Parts.Select(part => new SessionPartView(
            language.Text(part.LabelKey),
            part.Statements.Select(statement => new SessionStatementView(statement.Text, statement.Known, Cited(statement.Refs, citations))).ToList())).ToList());
}

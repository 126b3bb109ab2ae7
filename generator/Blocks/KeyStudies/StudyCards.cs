using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.KeyStudies;

/// <summary>The studies an article leans on, a card each, in the order written.</summary>
public sealed record StudyCards(IEvidenceBlock Kind, IReadOnlyList<StudySummary> Studies) : ArticleBlock(Kind)
{
    public override string Heading(RenderContext context, PageLanguage language) => language.Text("block_key_studies");

    public override IEnumerable<BlockCitation> Citations => Studies.SelectMany(study => Cite([study.Ref], study.Finding));

    public override IEnumerable<string> Texts =>
        Studies.SelectMany(study => new[] { study.Question, study.Design, study.Participants, study.Duration, study.Finding });

    public override object View(PageSectionView heading, CitationGroupRenderer citations, RenderContext context, PageLanguage language) => new StudyCardsView(
        heading,
        Studies.Select(study => new StudyCardView(
            study.Question,
            study.Design,
            study.Participants,
            study.Duration,
            study.Finding,
            SourceLinkView.Of(study.Ref, context, language),
            Cited([study.Ref], citations))).ToList());
}

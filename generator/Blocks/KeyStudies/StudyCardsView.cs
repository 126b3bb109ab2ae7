using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.KeyStudies;

/// <summary>Summary cards of the studies an article leans on.</summary>
public sealed record StudyCardsView(PageSectionView Heading, IReadOnlyList<StudyCardView> Cards);

/// <summary>One study: the question it asked, how, with whom, for how long, what it found, and its citation page.</summary>
public sealed record StudyCardView(string Question, string Design, string Participants, string Duration, string Finding, SourceLinkView Source, string CitationsHtml);

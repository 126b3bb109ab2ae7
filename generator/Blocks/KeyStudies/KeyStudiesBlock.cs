namespace KnowledgeBase.Blocks.KeyStudies;

/// <summary>The key studies (<c>studies:</c>): a card per study, linking to its citation page.</summary>
public sealed class KeyStudiesBlock() : ItemListBlock<StudySummary>("studies", "key-studies", "study-cards", KeyStudiesReader.ReadStudy, (kind, studies) => new StudyCards(kind, studies));

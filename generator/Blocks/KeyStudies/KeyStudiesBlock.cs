namespace KnowledgeBase.Blocks.KeyStudies;

/// <summary>The key studies (<c>studies:</c>): a card per study, linking to its citation page.</summary>
public sealed class KeyStudiesBlock() : ItemListBlock<StudySummary>("studies", "key-studies", "study-cards", WrittenExample, KeyStudiesReader.ReadStudy, (kind, studies) => new StudyCards(kind, studies))
{
    private const string WrittenExample = """
        studies:                      # study summary cards
          - ref: park2008
            question: Do injections reduce thigh fat?
            design: Split-body controlled trial
            participants: 20 women
            duration: 12 weeks
            finding: No difference between treated and untreated thighs.
        """;
}

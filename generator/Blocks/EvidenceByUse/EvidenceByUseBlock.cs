namespace KnowledgeBase.Blocks.EvidenceByUse;

/// <summary>The evidence for each use (<c>uses:</c>): a table and a bar chart of the same rows.</summary>
public sealed class EvidenceByUseBlock() : ItemListBlock<EvidenceUse>("uses", "evidence-by-use", "evidence-matrix", WrittenExample, EvidenceByUseReader.ReadUse, (kind, uses) => new EvidenceByUseTable(kind, uses))
{
    private const string WrittenExample = """
        uses:                         # evidence matrix: each use and how strong its evidence is
          - name: Fat reduction on the thighs
            evidence: very-low        # high | moderate | low | very-low | none
            verdict: No more fat loss than the untreated thigh.
            refs: [park2008]
        """;
}

namespace KnowledgeBase.Blocks.ApprovalStatus;

/// <summary>The approval status (<c>regulatory:</c>): one row per regulator's decision, in the order written.</summary>
public sealed class ApprovalStatusBlock() : ItemListBlock<RegulatoryDecision>("regulatory", "approval-status", "regulatory-table", WrittenExample, ApprovalStatusReader.ReadDecision, (kind, decisions) => new ApprovalStatusTable(kind, decisions))
{
    private const string WrittenExample = """
        regulatory:                   # approval status: one entry per regulator's decision
          - region: United States     # country or region
            regulator: FDA
            treatment: Kybella (deoxycholic acid)   # what the decision is about
            status: approved          # approved | not-approved | off-label | mixed | banned | warned
            date: 2015-04-29          # optional: YYYY-MM-DD, YYYY-MM or YYYY, only as the source gives it
            summary: ...              # one plain sentence naming the product
            refs: [...]
        """;
}

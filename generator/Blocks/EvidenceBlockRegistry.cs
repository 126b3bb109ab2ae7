namespace KnowledgeBase.Blocks;

/// <summary>
/// Every kind of structured evidence block, in the order an article page shows them, between the key points and
/// the body. Front matter keeps the blocks it read in this order, and citations are numbered in it, so the numbers
/// read upwards from the top of the page. A new kind of block is a folder beside these, one line here, and its stored
/// form in Load/ArticleFrontMatterStore.
/// </summary>
public static class EvidenceBlockRegistry
{
    /// <summary>The regulators' decisions first, because they change how a reader weighs everything below them.</summary>
    public static readonly IReadOnlyList<IEvidenceBlock> All =
    [
        new ApprovalStatus.ApprovalStatusBlock(),
        new EvidenceByUse.EvidenceByUseBlock(),
        new Prices.PricesBlock(),
        new SideBySide.SideBySideBlock(),
        new KeyStudies.KeyStudiesBlock(),
        new Session.SessionBlock(),
    ];
}

namespace KnowledgeBase.Content;

/// <summary>What one regulator decided about the treatment, or about a product used for it.</summary>
public enum RegulatoryStatusKind
{
    Approved,
    NotApproved,
    OffLabel,
    Mixed,
    Banned,

    /// <summary>The regulator warned the public against products, without a ban.</summary>
    Warned,
}

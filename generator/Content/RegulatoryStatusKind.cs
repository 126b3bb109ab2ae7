namespace KnowledgeBase.Content;

/// <summary>What regulators allow for the treatment an article discusses.</summary>
public enum RegulatoryStatusKind
{
    Approved,
    NotApproved,
    OffLabel,
    Mixed,
}

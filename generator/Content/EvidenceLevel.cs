namespace KnowledgeBase.Content;

/// <summary>GRADE-style certainty of the evidence for one use, as editors write it in front matter.</summary>
public enum EvidenceLevel
{
    None,
    VeryLow,
    Low,
    Moderate,
    High,
}

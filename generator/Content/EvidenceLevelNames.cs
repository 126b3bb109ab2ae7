namespace KnowledgeBase.Content;

/// <summary>The names editors write for evidence levels in front matter, also used in /api/articles.json.</summary>
public static class EvidenceLevelNames
{
    public static readonly IReadOnlyDictionary<string, EvidenceLevel> ByName = new Dictionary<string, EvidenceLevel>(StringComparer.Ordinal)
    {
        ["high"] = EvidenceLevel.High,
        ["moderate"] = EvidenceLevel.Moderate,
        ["low"] = EvidenceLevel.Low,
        ["very-low"] = EvidenceLevel.VeryLow,
        ["none"] = EvidenceLevel.None,
    };

    public static string NameOf(EvidenceLevel level) => ByName.First(pair => pair.Value == level).Key;

    /// <summary>The level in the words a reader sees, as the editorial policy's grading table names it.</summary>
    public static string LabelOf(EvidenceLevel level) => level switch
    {
        EvidenceLevel.High => "High",
        EvidenceLevel.Moderate => "Moderate",
        EvidenceLevel.Low => "Low",
        EvidenceLevel.VeryLow => "Very low",
        _ => "None",
    };
}

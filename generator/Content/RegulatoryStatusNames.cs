namespace KnowledgeBase.Content;

/// <summary>The names editors write for regulatory statuses in front matter.</summary>
public static class RegulatoryStatusNames
{
    public static readonly IReadOnlyDictionary<string, RegulatoryStatusKind> ByName = new Dictionary<string, RegulatoryStatusKind>(StringComparer.Ordinal)
    {
        ["approved"] = RegulatoryStatusKind.Approved,
        ["not-approved"] = RegulatoryStatusKind.NotApproved,
        ["off-label"] = RegulatoryStatusKind.OffLabel,
        ["mixed"] = RegulatoryStatusKind.Mixed,
        ["banned"] = RegulatoryStatusKind.Banned,
        ["warned"] = RegulatoryStatusKind.Warned,
    };

    public static string NameOf(RegulatoryStatusKind status) => ByName.First(pair => pair.Value == status).Key;
}

using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.EvidenceByUse;

/// <summary>Reads one use, reporting what cannot be read.</summary>
public static class EvidenceByUseReader
{
    public static EvidenceUse ReadUse(YamlFields fields) => new(
        fields.RequiredString("name") ?? "",
        fields.LocationOf("name"),
        fields.Choice("evidence", EvidenceLevelNames.ByName, DiagnosticCode.UnknownEvidenceLevel) ?? EvidenceLevel.None,
        fields.RequiredString("verdict") ?? "",
        fields.StringList("refs"));
}

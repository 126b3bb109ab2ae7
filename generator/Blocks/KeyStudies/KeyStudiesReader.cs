using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.KeyStudies;

/// <summary>Reads one study card, reporting what cannot be read.</summary>
public static class KeyStudiesReader
{
    public static StudySummary ReadStudy(YamlFields fields) => new(
        new Located<string>(fields.RequiredString("ref") ?? "", fields.LocationOf("ref")),
        fields.RequiredString("question") ?? "",
        fields.RequiredString("design") ?? "",
        fields.RequiredString("participants") ?? "",
        fields.RequiredString("duration") ?? "",
        fields.RequiredString("finding") ?? "");
}

using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.SideBySide;

/// <summary>Reads the comparison and its rows, reporting what cannot be read.</summary>
public static class SideBySideReader
{
    public static TreatmentComparison Read(IEvidenceBlock kind, YamlFields fields)
    {
        var rows = fields.ObjectList("rows", row => new ComparisonRow(
            row.RequiredString("aspect") ?? "",
            row.RequiredString("this") ?? "",
            row.RequiredString("other") ?? "",
            // The table promises the sources for each row, so a row without any has to say so.
            row.RequiredStringList("refs", "list the sources of this row, or write 'refs: []' if no checked source covers it and the row says so")));
        if (rows.Count == 0)
        {
            fields.ReportMissing("rows");
        }

        var comparison = new TreatmentComparison(kind, fields.RequiredString("with") ?? "", rows);
        fields.ReportUnknownKeys();
        return comparison;
    }
}

namespace KnowledgeBase.Cli.Reports;

/// <summary>The lowercase names `--format` accepts.</summary>
public static class ReportFormats
{
    private static readonly Dictionary<string, ReportFormat> ByName = new(StringComparer.Ordinal)
    {
        ["text"] = ReportFormat.Text,
        ["github"] = ReportFormat.GitHub,
        ["json"] = ReportFormat.Json,
    };

    public static string[] Names => [.. ByName.Keys];

    public static ReportFormat Parse(string name) => ByName[name];
}

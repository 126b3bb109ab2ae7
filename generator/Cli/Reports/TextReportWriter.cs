using KnowledgeBase.Diagnostics;
using Spectre.Console;

namespace KnowledgeBase.Cli.Reports;

/// <summary>The report for people at a terminal: the diagnostics, then a one-line summary.</summary>
public sealed class TextReportWriter(IAnsiConsole console) : ICheckReportWriter
{
    public const string LinksNotChecked = "Links between pages and the addresses in published-urls.txt are checked once these errors are fixed.";

    public void Write(CheckReport report)
    {
        var printer = new DiagnosticPrinter(console);
        printer.Print(report.Diagnostics);
        foreach (var line in ReadabilityTable.Lines(report.Readability).Concat(report.Translations))
        {
            console.WriteLine(line);
        }

        printer.PrintSummary(report.Diagnostics);
        if (!report.LinksChecked)
        {
            console.MarkupLine(LinksNotChecked);
        }
    }
}

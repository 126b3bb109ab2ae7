using Spectre.Console;

namespace KnowledgeBase.Cli.Reports;

/// <summary>The report for people at a terminal: the diagnostics, then a one-line summary.</summary>
public sealed class TextReportWriter(IAnsiConsole console) : ICheckReportWriter
{
    public void Write(CheckReport report)
    {
        var printer = new DiagnosticPrinter(console);
        printer.Print(report.Diagnostics);
        printer.PrintSummary(report.Diagnostics);
    }
}

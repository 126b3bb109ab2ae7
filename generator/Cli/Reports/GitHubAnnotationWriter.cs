using System.Text;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Cli.Reports;

/// <summary>
/// Prints each diagnostic as a GitHub Actions workflow command (<c>::error file=...,line=...,col=...::message</c>),
/// which GitHub shows on the line of the pull request's diff it points at.
/// </summary>
public sealed class GitHubAnnotationWriter(TextWriter output) : ICheckReportWriter
{
    public void Write(CheckReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
            var location = diagnostic.Location;
            output.WriteLine(
                $"::{command} file={Property(location.Path)},line={location.Line},col={location.Column},title={Property($"{diagnostic.Code.Id} {diagnostic.Code.Title}")}::{Data(diagnostic.Message)}");
        }

        foreach (var line in ReadabilityTable.Lines(report.Readability))
        {
            output.WriteLine(line);
        }

        output.WriteLine($"{report.Errors} error(s), {report.Warnings} warning(s).");
        if (!report.LinksChecked)
        {
            output.WriteLine(TextReportWriter.LinksNotChecked);
        }
    }

    /// <summary>Escapes a message as GitHub's runner expects, so a newline or '%' cannot end or corrupt the command.</summary>
    private static string Data(string text) =>
        new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>Property values also end at ',' and ':', so those are escaped too.</summary>
    private static string Property(string text) =>
        new StringBuilder(Data(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}

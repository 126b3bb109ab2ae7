namespace KnowledgeBase.Cli.Reports;

/// <summary>Prints a <see cref="CheckReport"/> in one <see cref="ReportFormat"/>.</summary>
public interface ICheckReportWriter
{
    void Write(CheckReport report);
}

namespace KnowledgeBase.Cli.Reports;

/// <summary>How `check` prints what it found: for people, for GitHub Actions, or for other programs.</summary>
public enum ReportFormat
{
    /// <summary><c>path:line:col: error CODE: message</c> lines, coloured on a terminal, then a summary.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands, which show each problem on the changed line of a pull request.</summary>
    GitHub,

    /// <summary>One JSON document for tools.</summary>
    Json,
}

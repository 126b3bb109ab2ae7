using KnowledgeBase.Diagnostics;
using KnowledgeBase.Validate.Readability;

namespace KnowledgeBase.Building;

/// <summary>The outcome of a check or build: diagnostics, and how many pages were written (0 when nothing was).</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, TimeSpan Elapsed)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>
    /// Whether the pages were rendered, which the checks of links and published URLs need; errors found while
    /// loading stop the pipeline before rendering, so those checks wait until the errors are fixed.
    /// </summary>
    public bool Rendered { get; init; }

    /// <summary>The reading level of every article, in file order.</summary>
    public ReadabilityReport Readability { get; init; } = ReadabilityReport.Empty;
}

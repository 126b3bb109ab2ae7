using KnowledgeBase.Diagnostics;
using KnowledgeBase.Validate.Readability;

namespace KnowledgeBase.Building;

/// <summary>The outcome of a check or build: diagnostics, how many pages were written (0 when nothing was) and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, TimeSpan Elapsed, IReadOnlyList<StageTime> StageTimes)
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

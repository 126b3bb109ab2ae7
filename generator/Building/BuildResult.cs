using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Building;

/// <summary>The outcome of a check or build: diagnostics, how many pages were written (0 when nothing was) and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, TimeSpan Elapsed, IReadOnlyList<StageTime> StageTimes)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

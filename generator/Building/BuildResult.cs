using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Building;

/// <summary>The outcome of a check or build: diagnostics, how many pages were written (0 when nothing was) and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, TimeSpan Elapsed, IReadOnlyList<StageTime> StageTimes)
{
    /// <summary>The output files rendered and written by this build; an incremental rebuild leaves the others as they were.</summary>
    public IReadOnlyList<string> Rendered { get; init; } = [];

    /// <summary>Whether this build built the search index: a full build does; an incremental rebuild leaves it to its caller.</summary>
    public bool Indexed => StageTimes.Any(stage => stage.Stage == BuildStage.Index);

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

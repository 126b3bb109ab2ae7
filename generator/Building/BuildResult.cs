using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Validate.Readability;

namespace KnowledgeBase.Building;

/// <summary>The outcome of a check or build: diagnostics, how many pages were written (0 when nothing was) and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, TimeSpan Elapsed, IReadOnlyList<StageTime> StageTimes)
{
    /// <summary>The output files rendered and written by this build; an incremental rebuild leaves the others as they were.</summary>
    public IReadOnlyList<string> RenderedFiles { get; init; } = [];

    /// <summary>What a build reused from the build cache in .cache/, or why it built everything (build --timings prints it); null for check and serve's rebuilds.</summary>
    public string? CacheUse { get; init; }

    /// <summary>Whether this build built the search index: a full build does; an incremental rebuild leaves it to its caller.</summary>
    public bool Indexed => StageTimes.Any(stage => stage.Stage == BuildStage.Index);

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>
    /// Whether the pages were rendered, which the checks of links and published URLs need; errors found while
    /// loading stop the pipeline before rendering, so those checks wait until the errors are fixed.
    /// </summary>
    public bool Rendered { get; init; }

    /// <summary>The reading level of every article, in file order.</summary>
    public ReadabilityReport Readability { get; init; } = ReadabilityReport.Empty;

    /// <summary>Every English file's state in each translation language, as the content was loaded (check --translations prints it).</summary>
    public TranslationStatus Translations { get; init; } = TranslationStatus.Empty;
}

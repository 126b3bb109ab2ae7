using System.Diagnostics;

namespace KnowledgeBase.Building;

/// <summary>
/// Times each build stage from the moment it is reported until the next one starts (or the build ends), and
/// passes the report on to an optional progress display. `build --timings` prints what it measured. Processor
/// time is measured beside wall time because on a busy machine it is the steadier figure, and the two together
/// show how well a stage uses the cores.
/// </summary>
public sealed class StageClock(IProgress<BuildStage>? display) : IProgress<BuildStage>
{
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
    private readonly List<StageTime> _times = [];
    private (BuildStage Stage, TimeSpan Start, TimeSpan ProcessorStart)? _current;

    public void Report(BuildStage value)
    {
        Stop();
        _current = (value, _stopwatch.Elapsed, ProcessorTime());
        display?.Report(value);
    }

    /// <summary>Ends the running stage and returns every stage timed so far, in the order they ran.</summary>
    public IReadOnlyList<StageTime> Stop()
    {
        if (_current is var (stage, start, processorStart))
        {
            _times.Add(new StageTime(stage, _stopwatch.Elapsed - start, ProcessorTime() - processorStart));
            _current = null;
        }

        return _times.ToList();
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>How long one stage of a build took: wall-clock time, and processor time summed over this process's threads.</summary>
public sealed record StageTime(BuildStage Stage, TimeSpan Elapsed, TimeSpan ProcessorTime);

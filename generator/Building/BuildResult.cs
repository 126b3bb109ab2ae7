using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Building;

/// <summary>The outcome of a check or build: diagnostics, and how many pages were written (0 when nothing was).</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, TimeSpan Elapsed)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

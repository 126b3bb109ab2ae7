namespace KnowledgeBase.Diagnostics;

/// <summary>Collects diagnostics from every stage so that all problems are reported together.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Error(DiagnosticCode code, SourceLocation location, string message) =>
        Add(new Diagnostic(code, Severity.Error, location, message));

    public void Warning(DiagnosticCode code, SourceLocation location, string message) =>
        Add(new Diagnostic(code, Severity.Warning, location, message));

    /// <summary>A message longer than this is cut, with an ellipsis; see <see cref="Add"/>.</summary>
    public const int MaxMessageLength = 1_000;

    /// <summary>
    /// Adds the diagnostic, its message cut to <see cref="MaxMessageLength"/>: a message may quote the content it is
    /// about, and a line of a megabyte quoted whole kept the terminal printing for minutes.
    /// </summary>
    public void Add(Diagnostic diagnostic)
    {
        var shown = diagnostic.Message.Length <= MaxMessageLength ? diagnostic : diagnostic with { Message = diagnostic.Message[..MaxMessageLength] + "…" };
        lock (_gate)
        {
            _items.Add(shown);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>Every diagnostic, sorted by file and position so output is stable and easy to scan.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}

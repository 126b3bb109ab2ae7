using System.Globalization;

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

    /// <summary>A message longer than this is cut, saying so; see <see cref="Add"/>.</summary>
    public const int MaxMessageLength = 1_000;

    /// <summary>
    /// Adds the diagnostic, its message cut to <see cref="MaxMessageLength"/> characters and followed by how long the
    /// whole message was: a message may quote the content it is about (or a system's reason, which may quote a path),
    /// and a line of a megabyte quoted whole kept the terminal printing for minutes.
    /// </summary>
    public void Add(Diagnostic diagnostic)
    {
        var shown = diagnostic.Message.Length <= MaxMessageLength ? diagnostic : diagnostic with { Message = Cut(diagnostic.Message) };
        lock (_gate)
        {
            _items.Add(shown);
        }
    }

    /// <summary>The message's start, never half a character, and how long the whole message was.</summary>
    private static string Cut(string message)
    {
        var end = char.IsHighSurrogate(message[MaxMessageLength - 1]) ? MaxMessageLength - 1 : MaxMessageLength;
        return string.Create(CultureInfo.InvariantCulture, $"{message[..end]}… (message cut here; the whole of it is {message.Length:N0} characters long)");
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

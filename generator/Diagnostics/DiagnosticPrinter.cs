using Spectre.Console;

namespace KnowledgeBase.Diagnostics;

/// <summary>Prints diagnostics for people: one <c>path:line:col: error CODE: message</c> line each, coloured on a terminal.</summary>
public sealed class DiagnosticPrinter(IAnsiConsole console)
{
    public void Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
            var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
            console.MarkupLine(
                $"{Markup.Escape(diagnostic.Location.ToString())}: [{colour}]{kind} {diagnostic.Code.Id}[/]: {Markup.Escape(diagnostic.Message)}");
        }
    }

    /// <param name="whenErrors">What errors left of the site, when not nothing: a build that failed only after putting its site in place says so.</param>
    public void PrintSummary(IReadOnlyList<Diagnostic> diagnostics, string? whenErrors = null)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        console.MarkupLine(errors > 0
            ? $"[red]{errors} error(s)[/], {warnings} warning(s); {Markup.Escape(whenErrors ?? "nothing was written")}."
            : $"[green]No errors[/], {warnings} warning(s).");
    }
}

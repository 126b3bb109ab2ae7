using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using Spectre.Console;

namespace KnowledgeBase.Serve;

/// <summary>
/// What `serve` tells the editor in the terminal after each rebuild. On an interactive terminal the screen is
/// cleared first, so it always shows the current state: problems disappear from it once they are fixed, as they do
/// from the page. In a log, the outcome of each rebuild is appended, and a fix is announced.
/// </summary>
public sealed class PreviewTerminal(IAnsiConsole console, string address, string outputFolder)
{
    private bool _failing;

    public void Serving() =>
        console.MarkupLine($"Serving [link]{Markup.Escape(address)}[/] from {Markup.Escape(outputFolder)}; press Ctrl+C to stop.");

    /// <summary>Reports a good build: how many pages were rendered again, of how many the site has.</summary>
    public void Rebuilt(BuildResult result)
    {
        StartScreen();
        new DiagnosticPrinter(console).Print(result.Diagnostics);
        var fixedNow = _failing ? "[green]Fixed:[/] " : "";
        var rendered = result.RenderedFiles.Count(path => path.EndsWith(".html", StringComparison.Ordinal));
        console.MarkupLine($"{fixedNow}Rebuilt {rendered} of {result.PagesWritten} pages in {result.Elapsed.TotalMilliseconds:0} ms; open pages reload.");
        _failing = false;
    }

    public void Indexed(TimeSpan elapsed) =>
        console.MarkupLine($"Search index updated in {elapsed.TotalMilliseconds:0} ms.");

    public void Failed(BuildResult result)
    {
        StartScreen();
        var printer = new DiagnosticPrinter(console);
        printer.Print(result.Diagnostics);
        printer.PrintSummary(result.Diagnostics);
        console.MarkupLine("[red]The site could not be rebuilt;[/] still serving the last good version. The problems also show over open pages.");
        _failing = true;
    }

    /// <summary>
    /// Reports a failure of the disk, the system or the search indexer as every other problem is told: KB100 at the
    /// place it concerns (the output folder, or what is watched).
    /// </summary>
    public void OutputFailed(string place, string message)
    {
        var problem = new DiagnosticBag();
        problem.Error(DiagnosticCode.SiteNotWritten, SourceLocation.StartOf(place), message);
        new DiagnosticPrinter(console).Print(problem.Sorted());
    }

    public void Problem(string what, string message)
    {
        console.MarkupLine($"[red]{Markup.Escape(what)}:[/] {Markup.Escape(message)}");
    }

    private void StartScreen()
    {
        if (console.Profile.Capabilities.Interactive)
        {
            console.Clear();
            Serving();
        }
    }
}

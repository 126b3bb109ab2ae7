using System.CommandLine;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;
using Spectre.Console;

namespace KnowledgeBase.Cli;

/// <summary>What every verb shares: the console, the clock, the --root option that finds the site, and how a usage error is told.</summary>
internal sealed class CommandContext(IAnsiConsole console, TimeProvider clock)
{
    public IAnsiConsole Console => console;

    public TimeProvider Clock => clock;

    /// <summary>Given once on the root command; every verb reads it.</summary>
    public Option<string?> SiteRoot { get; } = new("--root") { Description = "Folder holding site.yml (default: the current folder)", Recursive = true };

    public DateOnly Today => ContentInputs.Today(clock);

    public int UsageError(string message)
    {
        console.MarkupLine($"[red]usage error:[/] {Markup.Escape(message)}");
        return ExitCodes.UsageError;
    }

    /// <summary>
    /// Tells an input/output failure (KB100, exit 3): what was tried, the system's reason (which names the path), and
    /// what is true of the files afterwards, which only the command that failed knows.
    /// </summary>
    public int InputOutputFailure(string attempted, string reason, string afterwards)
    {
        console.MarkupLine($"[red]error {DiagnosticCode.SiteNotWritten.Id}:[/] {Markup.Escape(attempted)}: {Markup.Escape(reason)}");
        console.MarkupLine(Markup.Escape(afterwards));
        return ExitCodes.InternalError;
    }

    /// <summary>Runs the verb on the site root, or says there is no site here.</summary>
    public int WithSiteRoot(ParseResult parse, Func<string, int> action) =>
        SiteRootLocator.Find(parse.GetValue(SiteRoot)) is { } siteRoot ? action(siteRoot) : MissingSiteRoot(parse.GetValue(SiteRoot));

    public Task<int> WithSiteRootAsync(ParseResult parse, Func<string, Task<int>> action) =>
        SiteRootLocator.Find(parse.GetValue(SiteRoot)) is { } siteRoot ? action(siteRoot) : Task.FromResult(MissingSiteRoot(parse.GetValue(SiteRoot)));

    private int MissingSiteRoot(string? requested) => UsageError(requested is null
        ? "no site.yml in this folder; run from the repository root or pass --root FOLDER"
        : $"--root is {requested}, which holds no site.yml; give the folder that does (the repository root)");
}

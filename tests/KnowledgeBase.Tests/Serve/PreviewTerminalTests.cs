using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Serve;
using Shouldly;
using Spectre.Console;

namespace KnowledgeBase.Tests.Serve;

/// <summary>What an editor sees in the terminal `serve` runs in, as opposed to a log of it (see PreviewServerTests).</summary>
public sealed class PreviewTerminalTests
{
    private static readonly Diagnostic Typo = new(DiagnosticCode.UnknownField, Severity.Error,
        new SourceLocation("content/articles/sample.md", 2, 1), "unknown field 'sumary' (did you mean summary?)");

    [Fact]
    public void An_interactive_terminal_shows_only_the_current_state_so_a_fixed_problem_leaves_the_screen()
    {
        var output = new StringWriter();
        var terminal = TerminalWritingTo(output, interactive: true);

        terminal.Failed(new BuildResult([Typo], 0, TimeSpan.FromMilliseconds(300), []));
        var brokenScreen = Screen(output);
        terminal.Rebuilt(new BuildResult([], 89, TimeSpan.FromMilliseconds(300), []) { RenderedFiles = ["articles/sample/index.html"] });
        var fixedScreen = Screen(output);

        brokenScreen.ShouldContain("content/articles/sample.md:2:1: error KB003: unknown field 'sumary' (did you mean summary?)");
        brokenScreen.ShouldContain("still serving the last good version");
        fixedScreen.ShouldNotContain("KB003");
        fixedScreen.ShouldContain("Fixed: Rebuilt 1 of 89 pages");
        fixedScreen.ShouldContain("http://localhost:5080/");
    }

    [Fact]
    public void A_rebuild_the_disk_refuses_is_told_as_every_problem_is_with_its_code_and_place()
    {
        var output = new StringWriter();
        var terminal = TerminalWritingTo(output, interactive: false);

        terminal.OutputFailed("_site", "could not write the site: No space left on device");

        output.ToString().ShouldContain("_site:1:1: error KB100: could not write the site: No space left on device");
    }

    /// <summary>serve's terminal writing into <paramref name="output"/>, as an editor's terminal (interactive) or a log.</summary>
    private static PreviewTerminal TerminalWritingTo(StringWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 4096;
        return new PreviewTerminal(console, "http://localhost:5080/", "_site");
    }

    /// <summary>What the screen shows: everything written since it was last cleared (ANSI "erase display").</summary>
    private static string Screen(StringWriter output) => output.ToString().Split("\u001b[2J")[^1];
}

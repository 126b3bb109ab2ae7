using System.CommandLine;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using Spectre.Console;

namespace KnowledgeBase.Cli;

/// <summary>
/// The command line: build, serve, check and new, a file each. Content errors exit 1, usage errors 2, I/O or internal
/// failures 3, an output folder another process is writing 4, and a content mistake is always a diagnostic, never a
/// stack trace.
/// </summary>
public sealed class CommandLineApp(IAnsiConsole console, TimeProvider clock)
{
    public int Run(string[] args)
    {
        var context = new CommandContext(console, clock);
        var root = new RootCommand("Builds, checks and previews the mesotherapy evidence knowledge base.") { context.SiteRoot };
        root.Subcommands.Add(new BuildCommand(context));
        root.Subcommands.Add(new ServeCommand(context));
        root.Subcommands.Add(new CheckCommand(context));
        root.Subcommands.Add(new NewCommand(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.MarkupLine($"[red]usage error:[/] {Markup.Escape(error.Message)}");
            }

            console.MarkupLine("Run with --help to see the commands and options.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = console.Profile.Out.Writer,
                Error = console.Profile.Out.Writer,
            });
        }
        catch (OutputFolderRefusedException refusal)
        {
            return context.UsageError(refusal.Message);
        }
        catch (OutputFolderBusyException busy)
        {
            console.MarkupLine($"[red]output folder in use:[/] {Markup.Escape(busy.Message)}");
            return ExitCodes.OutputFolderBusy;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // Each command tells the failures it expects, with what they left; this one cannot know, so it claims nothing.
            return context.InputOutputFailure($"`{parse.CommandResult.Command.Name}` stopped on an input/output failure", failure.Message,
                "It stopped there; fix the cause and run it again.");
        }
    }
}

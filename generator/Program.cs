using KnowledgeBase.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // Logs and CI annotations are read by tools: one diagnostic per line, never wrapped at 80 columns.
    console.Profile.Width = 4096;
}

return new CommandLineApp(console, TimeProvider.System).Run(args);

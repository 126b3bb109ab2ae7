using System.CommandLine;
using KnowledgeBase.Building;
using KnowledgeBase.Index;
using KnowledgeBase.Serve;
using Spectre.Console;

namespace KnowledgeBase.Cli;

/// <summary>
/// The command line: build, serve and check. Content errors exit 1, usage errors 2, I/O or internal
/// failures 3, and a content mistake is always a diagnostic, never a stack trace.
/// </summary>
public sealed class CommandLineApp(IAnsiConsole console, TimeProvider clock)
{
    private readonly Option<string?> _root = new("--root") { Description = "Folder holding site.yml (default: the current folder)", Recursive = true };

    public int Run(string[] args)
    {
        var root = new RootCommand("Builds, checks and previews the mesotherapy evidence knowledge base.") { _root };
        root.Subcommands.Add(BuildCommand());
        root.Subcommands.Add(ServeCommand());
        root.Subcommands.Add(CheckCommand());

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
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            console.MarkupLine($"[red]could not write the site:[/] {Markup.Escape(failure.Message)}");
            console.MarkupLine("The previous site, if any, was left as it was.");
            return ExitCodes.InternalError;
        }
        catch (SearchIndexException failure)
        {
            console.MarkupLine($"[red]could not build the search index:[/] {Markup.Escape(failure.Message)}");
            console.MarkupLine("The previous site, if any, was left as it was.");
            return ExitCodes.InternalError;
        }
    }

    private Command BuildCommand()
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the site into", DefaultValueFactory = _ => "_site" };
        var baseUrl = new Option<Uri?>("--base-url") { Description = "Public address of the site, e.g. https://example.org/ or https://user.github.io/project/" };
        var drafts = new Option<bool>("--drafts") { Description = "Include articles marked draft: true" };
        var precompress = new Option<bool>("--precompress") { Description = "Also write .br and .gz copies of text files, for servers that serve them directly" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took" };
        var command = new Command("build", "Check the content and build the site into the output folder.") { output, baseUrl, drafts, precompress, timings };
        command.SetAction(parse => WithSiteRoot(parse, siteRoot =>
        {
            var options = new BuildOptions(siteRoot, Path.GetFullPath(parse.GetValue(output)!), parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(precompress));
            var result = BuildWithProgress(options);
            if (parse.GetValue(timings))
            {
                PrintTimings(result);
            }

            return ReportBuild(result, options.OutputFolder);
        }));
        return command;
    }

    private Command ServeCommand()
    {
        var port = new Option<int>("--port", "-p") { Description = "Port to serve on", DefaultValueFactory = _ => 5080 };
        var output = new Option<string>("--output", "-o") { Description = "Folder to build the preview into", DefaultValueFactory = _ => "_site" };
        var command = new Command("serve", "Build the site, serve it on localhost, and rebuild and reload open pages when content changes.") { port, output };
        command.SetAction((parse, cancellation) => WithSiteRootAsync(parse, siteRoot =>
        {
            var options = new BuildOptions(siteRoot, Path.GetFullPath(parse.GetValue(output)!), BaseUrlOverride: null, IncludeDrafts: true);
            return new PreviewServer(options, parse.GetValue(port), console, clock).RunAsync(cancellation);
        }));
        return command;
    }

    private Command CheckCommand()
    {
        var command = new Command("check", "Check all content and report every problem; writes nothing.");
        command.SetAction(parse => WithSiteRoot(parse, siteRoot =>
        {
            var result = new SiteBuilder(clock).Check(siteRoot);
            var printer = new DiagnosticPrinter(console);
            printer.Print(result.Diagnostics);
            printer.PrintSummary(result.Diagnostics);
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
        }));
        return command;
    }

    /// <summary>Builds, showing a progress bar of the stages when a person is watching a terminal.</summary>
    private BuildResult BuildWithProgress(BuildOptions options)
    {
        var builder = new SiteBuilder(clock);
        if (!console.Profile.Capabilities.Interactive)
        {
            return builder.Build(options);
        }

        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var stages = Enum.GetValues<BuildStage>();
                var task = context.AddTask("Building", maxValue: stages.Length);
                var progress = new SynchronousProgress<BuildStage>(stage =>
                {
                    task.Description = Describe(stage);
                    task.Value = Array.IndexOf(stages, stage);
                });
                var result = builder.Build(options, progress);
                task.Value = stages.Length;
                return result;
            });
    }

    private static string Describe(BuildStage stage) => stage switch
    {
        BuildStage.Load => "Reading content",
        BuildStage.Validate => "Checking content",
        BuildStage.Link => "Linking pages",
        BuildStage.Render => "Rendering pages",
        BuildStage.Index => "Indexing for search",
        _ => "Writing the site",
    };

    /// <summary>One line per stage, in the order they ran, so a slow build shows where its time went.</summary>
    private void PrintTimings(BuildResult result)
    {
        foreach (var time in result.StageTimes)
        {
            console.MarkupLine($"{time.Stage,-9} {time.Elapsed.TotalSeconds,8:0.000} s  (processor {time.ProcessorTime.TotalSeconds:0.000} s)");
        }
    }

    private int ReportBuild(BuildResult result, string outputFolder)
    {
        var printer = new DiagnosticPrinter(console);
        printer.Print(result.Diagnostics);
        if (!result.Succeeded)
        {
            printer.PrintSummary(result.Diagnostics);
            return ExitCodes.ContentErrors;
        }

        console.MarkupLine(
            $"Built [green]{result.PagesWritten}[/] pages in {result.Elapsed.TotalSeconds:0.00} s into {Markup.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), outputFolder))}");
        return ExitCodes.Ok;
    }

    private int WithSiteRoot(ParseResult parse, Func<string, int> action) =>
        SiteRootLocator.Find(parse.GetValue(_root)) is { } siteRoot ? action(siteRoot) : MissingSiteRoot();

    private Task<int> WithSiteRootAsync(ParseResult parse, Func<string, Task<int>> action) =>
        SiteRootLocator.Find(parse.GetValue(_root)) is { } siteRoot ? action(siteRoot) : Task.FromResult(MissingSiteRoot());

    private int MissingSiteRoot()
    {
        console.MarkupLine("[red]usage error:[/] no site.yml in this folder; run from the repository root or pass --root FOLDER");
        return ExitCodes.UsageError;
    }
}

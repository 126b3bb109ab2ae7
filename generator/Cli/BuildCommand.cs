using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Load;
using Spectre.Console;

namespace KnowledgeBase.Cli;

/// <summary>`build`: checks the content and, when it holds no error, writes the site into the output folder.</summary>
internal sealed class BuildCommand : Command
{
    private readonly CommandContext _context;

    public BuildCommand(CommandContext context)
        : base("build", "Check the content and build the site into the output folder.")
    {
        _context = context;
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the site into", DefaultValueFactory = _ => OutputFolderGuard.DefaultOutputFolder };
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "Public address of the site, e.g. https://example.org/ or https://user.github.io/project/",
            CustomParser = AbsoluteWebAddress,
        };
        var repository = new Option<string?>("--repository")
        {
            Description = "Address of the repository the site is written in, for the 'Report a mistake' and 'Edit this page' links, e.g. https://github.com/owner/name",
        };
        var drafts = new Option<bool>("--drafts") { Description = "Include articles marked draft: true" };
        var precompress = new Option<bool>("--precompress") { Description = "Also write .br and .gz copies of text files, for servers that serve them directly" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took" };
        Options.Add(output);
        Options.Add(baseUrl);
        Options.Add(repository);
        Options.Add(drafts);
        Options.Add(precompress);
        Options.Add(timings);
        SetAction(parse => context.WithSiteRoot(parse, siteRoot =>
        {
            var repositoryText = parse.GetValue(repository);
            var repositoryAddress = repositoryText is null ? null : SiteSettingsReader.RepositoryAddress(repositoryText);
            if (repositoryText is not null && repositoryAddress is null)
            {
                return context.UsageError($"--repository is '{repositoryText}'; give the full address of the repository, such as https://github.com/owner/name");
            }

            var options = new BuildOptions(siteRoot, parse.GetValue(output)!, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(precompress),
                repositoryAddress);
            if (CompactingCollectorRestart.WantedForBuild(options, context.Clock))
            {
                CompactingCollectorRestart.Restart();
            }

            BuildResult result;
            using (OutputFolderLock.Take(options.OutputFolder, "build"))
            {
                result = BuildWithProgress(options);
            }

            if (parse.GetValue(timings))
            {
                PrintTimings(result);
            }

            return ReportBuild(result, options.OutputFolder);
        }));
    }

    private IAnsiConsole Console => _context.Console;

    /// <summary>The option's value as an absolute http(s) address, or a parse error saying what is expected.</summary>
    private static Uri? AbsoluteWebAddress(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp))
        {
            return address;
        }

        result.AddError($"'{text}' is not a web address; give an absolute one, such as https://example.org/ or https://user.github.io/project/");
        return null;
    }

    /// <summary>Builds, showing a progress bar of the stages when a person is watching a terminal.</summary>
    private BuildResult BuildWithProgress(BuildOptions options)
    {
        var builder = new SiteBuilder(_context.Clock);
        if (!Console.Profile.Capabilities.Interactive)
        {
            return builder.Build(options);
        }

        return Console.Progress()
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
        BuildStage.Render => "Rendering and writing pages",
        BuildStage.Index => "Indexing for search",
        _ => "Putting the new site in place",
    };

    /// <summary>
    /// Each stage's time, then the generator's peak memory, its allocations and garbage collections: unlike times, the
    /// last two barely vary between runs, so they show whether a change made the build do less (docs/performance.md).
    /// </summary>
    private void PrintTimings(BuildResult result)
    {
        foreach (var time in result.StageTimes)
        {
            Console.MarkupLine($"{time.Stage,-9} {time.Elapsed.TotalSeconds,8:0.000} s  (processor {time.ProcessorTime.TotalSeconds:0.000} s)");
        }

        if (result.CacheUse is { } cacheUse)
        {
            Console.MarkupLine($"{"Cache",-9} {Markup.Escape(cacheUse)}");
        }

        using var process = Process.GetCurrentProcess();
        Console.MarkupLine($"{"Memory",-9} {process.PeakWorkingSet64 / (1024.0 * 1024.0),8:0} MiB at most (the generator's own; Pagefind runs apart)");
        Console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{"Allocated",-9} {GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0 * 1024.0),8:0.00} GiB in all; garbage collections: {GC.CollectionCount(0)} of generation 0, {GC.CollectionCount(1)} of 1, {GC.CollectionCount(2)} of 2"));
        Console.MarkupLine($"{"Collector",-9} {Markup.Escape(CompactingCollectorRestart.Describe())}");
        // Methods without ReadyToRun code, and hot ones compiled again optimised: what compiling ahead leaves to the runtime.
        Console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{"Compiled",-9} {JitInfo.GetCompiledMethodCount(),8} methods by the runtime's compiler in {JitInfo.GetCompilationTime().TotalSeconds:0.000} s"));
    }

    private int ReportBuild(BuildResult result, string outputFolder)
    {
        var printer = new DiagnosticPrinter(Console);
        var output = Path.GetRelativePath(Directory.GetCurrentDirectory(), outputFolder);
        printer.Print(result.Diagnostics);
        if (!result.Succeeded)
        {
            printer.PrintSummary(result.Diagnostics, result.PagesWritten > 0 ? $"the new site of {result.PagesWritten} pages is live in {output}; the error above is what was left undone" : null);
            // A disk that refused the site is no mistake in the content: it exits as other input/output failures do.
            return result.Diagnostics.Any(diagnostic => diagnostic.Code == DiagnosticCode.SiteNotWritten) ? ExitCodes.InternalError : ExitCodes.ContentErrors;
        }

        Console.MarkupLine($"Built [green]{result.PagesWritten}[/] pages in {result.Elapsed.TotalSeconds:0.00} s into {Markup.Escape(output)}");
        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Building;
using KnowledgeBase.Cli.Reports;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Index;
using KnowledgeBase.Load;
using KnowledgeBase.Scaffold;
using KnowledgeBase.Serve;
using KnowledgeBase.Validate;
using Spectre.Console;

namespace KnowledgeBase.Cli;

/// <summary>
/// The command line: build, serve, check and new. Content errors exit 1, usage errors 2, I/O or internal
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
        root.Subcommands.Add(NewCommand());

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
            return UsageError(refusal.Message);
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
        var command = new Command("build", "Check the content and build the site into the output folder.") { output, baseUrl, repository, drafts, precompress, timings };
        command.SetAction(parse => WithSiteRoot(parse, siteRoot =>
        {
            var repositoryText = parse.GetValue(repository);
            var repositoryAddress = repositoryText is null ? null : SiteSettingsReader.RepositoryAddress(repositoryText);
            if (repositoryText is not null && repositoryAddress is null)
            {
                return UsageError($"--repository is '{repositoryText}'; give the full address of the repository, such as https://github.com/owner/name");
            }

            var options = new BuildOptions(siteRoot, parse.GetValue(output)!, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(precompress),
                repositoryAddress);
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
        var output = new Option<string>("--output", "-o") { Description = "Folder to build the preview into", DefaultValueFactory = _ => OutputFolderGuard.DefaultOutputFolder };
        var command = new Command("serve", "Build the site, serve it on localhost, and rebuild and reload open pages when content changes.") { port, output };
        command.SetAction((parse, cancellation) => WithSiteRootAsync(parse, siteRoot =>
        {
            var options = new BuildOptions(siteRoot, parse.GetValue(output)!, BaseUrlOverride: null, IncludeDrafts: true);
            return new PreviewServer(options, parse.GetValue(port), console, clock).RunAsync(cancellation);
        }));
        return command;
    }

    private Command CheckCommand()
    {
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (as publishing does), so they also fail the check" };
        var format = new Option<string>("--format") { Description = "How to print the problems: text, github (annotations for GitHub Actions) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(ReportFormats.Names);
        var command = new Command("check", "Check all content and report every problem; writes nothing.") { strict, format };
        command.SetAction(parse => WithSiteRoot(parse, siteRoot =>
        {
            var result = new SiteBuilder(clock).Check(siteRoot);
            var report = new CheckReport(result.Diagnostics, result.Readability) { LinksChecked = result.Rendered };
            if (parse.GetValue(strict))
            {
                report = report.Strict();
            }

            ReportWriter(ReportFormats.Parse(parse.GetValue(format)!)).Write(report);
            return report.Errors == 0 ? ExitCodes.Ok : ExitCodes.ContentErrors;
        }));
        return command;
    }

    private Command NewCommand()
    {
        var title = new Argument<string>("title") { Description = "The article's title, in quotes; the file name is made from it" };
        var article = new Command("article", "Write content/articles/<title-as-slug>.md with every field, commented, dated today; never overwrites.") { title };
        article.SetAction(parse => WithSiteRoot(parse, siteRoot =>
        {
            var text = parse.GetValue(title)!;
            return string.IsNullOrEmpty(Slugs.Slugify(text))
                ? UsageError("the title must contain letters or digits, from which the file name is made")
                : WriteScaffold(siteRoot, Path.Combine("content", "articles", ArticleScaffold.FileName(text)), ArticleScaffold.Text(text, Today), "summary");
        }));

        var key = new Argument<string>("key") { Description = "The citation key, which is also the file name, e.g. park2008" };
        var doi = new Option<string?>("--doi") { Description = "The source's DOI, e.g. 10.1097/01.prs.0000304611.71480.0a" };
        var pmid = new Option<string?>("--pmid") { Description = "The source's PubMed id, e.g. 18349597" };
        var type = new Option<string>("--type") { Description = "The kind of source", DefaultValueFactory = _ => ReferenceScaffold.DefaultType };
        type.AcceptOnlyFromAmong([.. ReferenceNames.Types.Keys]);
        var reference = new Command("reference", "Write content/references/<key>.md with every field, commented; never overwrites.") { key, doi, pmid, type };
        reference.SetAction(parse => WithSiteRoot(parse, siteRoot =>
        {
            var (keyText, doiText, pmidText) = (parse.GetValue(key)!, parse.GetValue(doi), parse.GetValue(pmid));
            if (!CitationValidator.IsReferenceKey(keyText))
            {
                return UsageError($"'{keyText}' cannot be a citation key: use letters, digits, '_' and '-', such as park2008");
            }

            if (doiText is not null && !CitationValidator.IsDoi(doiText))
            {
                return UsageError($"'{doiText}' is not a DOI; a DOI starts with '10.', such as 10.1097/01.prs.0000304611.71480.0a");
            }

            if (pmidText is not null && !CitationValidator.IsPmid(pmidText))
            {
                return UsageError($"'{pmidText}' is not a PMID; a PMID is a number such as 18349597");
            }

            var text = ReferenceScaffold.Text(keyText, parse.GetValue(type)!, doiText, pmidText, Today);
            return WriteScaffold(siteRoot, Path.Combine("content", "references", ReferenceScaffold.FileName(keyText)), text, "title, authors, year, unverified");
        }));

        return new Command("new", "Start a new article or source from a file that lists every field.") { article, reference };
    }

    /// <summary>The option's value as an absolute http(s) address, or a parse error saying what is expected.</summary>
    private static Uri? AbsoluteWebAddress(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp))
        {
            return address;
        }

        result.AddError($"'{text}' is not a web address; give an absolute one, such as https://example.org/ or https://user.github.io/project/");
        return null;
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Creates the file, refusing to replace one that exists: an editor's work is never overwritten.</summary>
    private int WriteScaffold(string siteRoot, string relativePath, string text, string fillIn)
    {
        var path = Path.Combine(siteRoot, relativePath);
        var shown = relativePath.Replace('\\', '/');
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            return UsageError($"{shown} already exists, and was left as it was; edit it, or choose another name");
        }

        console.MarkupLine($"Created [green]{Markup.Escape(shown)}[/]. Fill in {Markup.Escape(fillIn)}, then run check.");
        return ExitCodes.Ok;
    }

    private int UsageError(string message)
    {
        console.MarkupLine($"[red]usage error:[/] {Markup.Escape(message)}");
        return ExitCodes.UsageError;
    }

    private ICheckReportWriter ReportWriter(ReportFormat format) => format switch
    {
        ReportFormat.GitHub => new GitHubAnnotationWriter(console.Profile.Out.Writer),
        ReportFormat.Json => new JsonReportWriter(console.Profile.Out.Writer),
        _ => new TextReportWriter(console),
    };

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
        BuildStage.Render => "Rendering and writing pages",
        BuildStage.Index => "Indexing for search",
        _ => "Putting the new site in place",
    };

    /// <summary>
    /// One line per stage, in the order they ran, so a slow build shows where its time went; then the most memory
    /// the build held (Pagefind indexes in a process of its own, so its memory is not in that figure), and how much
    /// the build allocated and how often the garbage collector ran: unlike times, these two barely vary between runs,
    /// so they show whether a change made the build do less.
    /// </summary>
    private void PrintTimings(BuildResult result)
    {
        foreach (var time in result.StageTimes)
        {
            console.MarkupLine($"{time.Stage,-9} {time.Elapsed.TotalSeconds,8:0.000} s  (processor {time.ProcessorTime.TotalSeconds:0.000} s)");
        }

        using var process = Process.GetCurrentProcess();
        console.MarkupLine($"{"Memory",-9} {process.PeakWorkingSet64 / (1024.0 * 1024.0),8:0} MiB at most (the generator's own; Pagefind runs apart)");
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{"Allocated",-9} {GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0 * 1024.0),8:0.00} GiB in all; garbage collections: {GC.CollectionCount(0)} of generation 0, {GC.CollectionCount(1)} of 1, {GC.CollectionCount(2)} of 2"));
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

    private int MissingSiteRoot() => UsageError("no site.yml in this folder; run from the repository root or pass --root FOLDER");
}

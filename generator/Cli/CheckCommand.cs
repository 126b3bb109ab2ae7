using System.CommandLine;
using KnowledgeBase.Building;
using KnowledgeBase.Cli.Reports;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Cli;

/// <summary>`check`: every problem in the content, as text, GitHub annotations or JSON; writes no site.</summary>
internal sealed class CheckCommand : Command
{
    public CheckCommand(CommandContext context)
        : base("check", "Check all content and report every problem; writes no site, only what .cache/ keeps for the next build.")
    {
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (as publishing does), so they also fail the check" };
        var format = new Option<string>("--format") { Description = "How to print the problems: text, github (annotations for GitHub Actions) or json", DefaultValueFactory = _ => "text" };
        var translations = new Option<bool>("--translations") { Description = "Print the state of every English file in every language: translated, stale or missing" };
        format.AcceptOnlyFromAmong(ReportFormats.Names);
        Options.Add(strict);
        Options.Add(format);
        Options.Add(translations);
        SetAction(parse => context.WithSiteRoot(parse, siteRoot =>
        {
            if (CompactingCollectorRestart.WantedFor(siteRoot))
            {
                CompactingCollectorRestart.Restart();
            }

            var result = new SiteBuilder(context.Clock).Check(siteRoot);
            var report = new CheckReport(result.Diagnostics, result.Readability)
            {
                LinksChecked = result.Rendered,
                Translations = parse.GetValue(translations) ? TranslationTable.Lines(result.Translations).ToList() : [],
            };
            if (parse.GetValue(strict))
            {
                report = report.Strict();
            }

            ReportWriter(context, ReportFormats.Parse(parse.GetValue(format)!)).Write(report);
            return report.Errors == 0 ? ExitCodes.Ok : ExitCodes.ContentErrors;
        }));
    }

    private static ICheckReportWriter ReportWriter(CommandContext context, ReportFormat format) => format switch
    {
        ReportFormat.GitHub => new GitHubAnnotationWriter(context.Console.Profile.Out.Writer),
        ReportFormat.Json => new JsonReportWriter(context.Console.Profile.Out.Writer),
        _ => new TextReportWriter(context.Console),
    };
}

using System.Collections;
using System.Reflection;
using System.Runtime.InteropServices;
using KnowledgeBase.Building;
using KnowledgeBase.Emit;
using KnowledgeBase.Index;
using KnowledgeBase.Render;

namespace KnowledgeBase.Cli;

/// <summary>
/// Runs a build that renders every page of a large site in a process whose collector compacts its oldest generation
/// (GCConserveMemory 8). The runtime reads that setting once, at start: it costs a build that renders a few pages about
/// a tenth of its processor time, and a build that renders every page of 10,000 articles needs it to stay under 1 GiB
/// (docs/performance.md). So the generator runs without it, and such a build (or `check` or `serve` of a large site)
/// replaces its process by one with it set.
/// </summary>
internal static partial class CompactingCollectorRestart
{
    /// <summary>From this many article files, a command that renders every page runs with the collector compacting.</summary>
    public const int LargeSiteArticles = 4000;

    private const string Setting = "DOTNET_GCConserveMemory";

    /// <summary>
    /// Whether a build should run with the collector compacting: it is of a large site, whoever started the generator
    /// did not choose the setting themselves (a process started again by <see cref="Restart"/> has it set, so it never
    /// starts again), and it will render every page, as its build cache tells before anything is loaded (none, one of
    /// another version or other options, the output gone, another day, a file every page is made from changed:
    /// <see cref="BuildCache.WhyEveryPageWillBeRendered"/>). An output folder the build refuses (not a folder name, the
    /// site's own folder...) is reported by the build as it is, without a restart.
    /// </summary>
    public static bool WantedForBuild(BuildOptions options, TimeProvider clock) =>
        OutputFolderGuard.Refusal(options.SiteRoot, options.OutputFolder) is null && WantedFor(options.SiteRoot)
        && new BuildCache(options, new PagefindIndexer(options.SiteRoot).Identity()).WhyEveryPageWillBeRendered(ContentInputs.Today(clock)) is not null;

    /// <summary>
    /// Whether a command that may render every page of the site should run with the collector compacting: `check`
    /// always does, `serve` does for its first build or a template edit and holds on for as long as it runs.
    /// </summary>
    public static bool WantedFor(string siteRoot) =>
        Environment.GetEnvironmentVariable(Setting) is null && ArticleFiles(siteRoot) >= LargeSiteArticles;

    /// <summary>
    /// Replaces this process by the same command with the collector compacting: same process id, arguments, console
    /// and environment, so exit codes and signals reach whoever started it. Returns only when it cannot (another
    /// system, the generator run from another program such as the tests, the system refusing); the build then runs here.
    /// </summary>
    public static void Restart()
    {
        if (OperatingSystem.IsWindows() || Assembly.GetEntryAssembly() != typeof(CompactingCollectorRestart).Assembly || Environment.ProcessPath is not { } program)
        {
            return;
        }

        // The first argument is kb.dll: `dotnet kb.dll` needs it again, the generator's own executable (`dotnet run`) does not.
        var arguments = Environment.GetCommandLineArgs();
        string[] command = Path.GetFileNameWithoutExtension(program) == "dotnet" ? [program, .. arguments] : [program, .. arguments[1..]];
        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().Select(variable => $"{variable.Key}={variable.Value}");
        Console.Out.Flush();
        Execute(program, [.. command, null], [.. environment, $"{Setting}=8", null]);
    }

    /// <summary>The collector's setting this process runs with, for `build --timings`.</summary>
    public static string Describe() => Environment.GetEnvironmentVariable(Setting) is { } chosen
        ? $"GCConserveMemory {chosen} (set by {Setting})"
        : "GCConserveMemory 0 (the runtime's default)";

    private static int ArticleFiles(string siteRoot)
    {
        var articles = Path.Combine(siteRoot, "content", "articles");
        return Directory.Exists(articles) ? Directory.EnumerateFiles(articles, "*.md", SearchOption.AllDirectories).Count() : 0;
    }

    [LibraryImport("libc", EntryPoint = "execve", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Execute(string path, string?[] arguments, string?[] environment);
}

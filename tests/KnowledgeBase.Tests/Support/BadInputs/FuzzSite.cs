using System.Diagnostics;
using System.Text.RegularExpressions;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Tests.Support.BadInputs;

/// <summary>
/// A small site with one of every kind of file the loader reads (articles, one citing two sources, a page, site.yml,
/// synonyms, glossary, templates, published-urls.txt), built once with `build`. Each bad input is tried on a copy of
/// that site and of its output, so every case starts from a site whose last build was good.
/// </summary>
public sealed partial class FuzzSite : IDisposable
{
    /// <summary>
    /// A case is a hang when it runs this many times longer than a clean build of the site, measured on the machine as
    /// loaded at the time: a fixed limit called slow builds on a busy machine hangs. A bad input makes a build slower
    /// by reading a large file or reporting many problems, never by this much.
    /// </summary>
    public const int HangFactor = 10;

    /// <summary>The least time a case may take before it counts as a hang, however fast a clean build is.</summary>
    public static readonly TimeSpan LeastHangLimit = TimeSpan.FromSeconds(10);

    private const int CleanBuildsMeasured = 3;

    public const string CitedArticle = """
        ---
        title: Mésothérapie for the face
        summary: What two small studies found — ≥ 3 sessions, no clear change.
        tags: [face, basics]
        authors: [editorial-team]
        published: 2026-10-01
        updated: 2026-11-01
        sources_searched: 2026-10-15
        last_reviewed: 2026-11-01
        next_review: 2027-11-01
        key_points:
          - The shots go into the dermis, the middle layer of skin [@park2008].
          - Ten people had four sessions and saw no clear change [@amin2006].
          - Both studies were small [@park2008; @amin2006].
        ---
        Mesotherapy puts small shots into the dermis [@park2008, p. 2]. Ten people had four monthly sessions of
        shots into the face, and photos showed no clear change [@amin2006].

        ## What the studies found

        > The study was small and had no comparison group.

        - Four sessions.
        - Photos at 0, 3 and 6 months.

        ```
        a fenced block
        ```
        """;

    public const string AboutPage = """
        ---
        title: About this site
        summary: Who writes it and why.
        ---
        This site explains mesotherapy in plain words. See [the sample](/articles/sample/).
        """;

    private readonly TestSite _pristine = new();

    public FuzzSite()
    {
        _pristine.AddRepositoryReferences("park2008", "amin2006");
        _pristine.Write("content/articles/cited.md", CitedArticle);
        _pristine.Write("content/pages/about.md", AboutPage);
        _pristine.Write("content/synonyms.yml", "- [mesotherapy, mésothérapie, meso]\n- [shots, injections]\n");
        _pristine.Write("content/glossary.yml", "- term: Dermis\n  definition: The middle layer of skin.\n  synonyms: [derme]\n  refs: [park2008]\n");
        var (exitCode, output) = _pristine.Run("build", "--output", _pristine.Output);
        if (exitCode != ExitCodes.Ok)
        {
            throw new InvalidOperationException("the site for bad inputs does not build:\n" + output);
        }

        CleanBuild = Enumerable.Range(0, CleanBuildsMeasured).Select(_ => TimeCleanBuild()).Order().ElementAt(CleanBuildsMeasured / 2);
    }

    /// <summary>The median time of clean builds of the site (no output, no .cache/), measured when it was made.</summary>
    public TimeSpan CleanBuild { get; private set; }

    /// <summary>How long a case may take before it counts as a hang.</summary>
    public TimeSpan HangLimit => TimeSpan.FromTicks(Math.Max(LeastHangLimit.Ticks, CleanBuild.Ticks * HangFactor));

    /// <summary>Builds a copy of the site from nothing and returns how long it took.</summary>
    private TimeSpan TimeCleanBuild()
    {
        using var site = _pristine.Copy();
        Directory.Delete(site.Output, recursive: true);
        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);
        var clock = Stopwatch.StartNew();
        var (exitCode, output) = site.Run("build", "--output", site.Output);
        return exitCode == ExitCodes.Ok ? clock.Elapsed : throw new InvalidOperationException("a clean build of the site for bad inputs failed:\n" + output);
    }

    /// <summary>Spoils a copy of the site with <paramref name="badInput"/>, runs `build` on it and judges the outcome.</summary>
    public Trial Try(BadInput badInput)
    {
        using var site = _pristine.Copy();
        var goodSite = OutputTree.Hashes(site.Output);
        badInput.Apply(site.Root);
        (int ExitCode, string Output)? run = null;
        Exception? crash = null;
        void Build()
        {
            try
            {
                run = site.Run("build", "--output", site.Output);
            }
            catch (Exception failure)
            {
                crash = failure;
            }
        }

        var builder = new Thread(Build, maxStackSize: 0) { IsBackground = true };
        var clock = Stopwatch.StartNew();
        builder.Start();
        if (!builder.Join(HangLimit) && !StillWithinLimitOfLoadNow(builder, clock))
        {
            Unblock(site.Root);
            builder.Join(TimeSpan.FromSeconds(1));
            return new Trial(Outcome.Hang,
                $"build still running after {clock.Elapsed.TotalSeconds:0.0} s, over {HangFactor} times a clean build of the site ({CleanBuild.TotalSeconds:0.00} s) " +
                $"and at least {LeastHangLimit.TotalSeconds:0} s", clock.Elapsed);
        }

        var elapsed = clock.Elapsed;
        if (crash is not null)
        {
            return new Trial(Outcome.Crash, "unhandled exception: " + crash, elapsed);
        }

        var (exitCode, text) = run!.Value;
        var problem = Problem(site, exitCode, text, goodSite);
        return problem is not null
            ? new Trial(Outcome.Crash, $"{problem}\nexit code {exitCode}, output:\n{text}", elapsed)
            : new Trial(exitCode == ExitCodes.Ok ? Outcome.GoodBuild : Outcome.ContentErrors, text, elapsed);
    }

    /// <summary>
    /// Before a case that ran past the limit is called a hang, a clean build is timed again, as the machine is loaded
    /// now (other work may have started since the first measure), and the case is given until the limit that gives;
    /// true when it ended within it. The new measure is kept for the cases that follow.
    /// </summary>
    private bool StillWithinLimitOfLoadNow(Thread builder, Stopwatch clock)
    {
        CleanBuild = TimeSpan.FromTicks(Math.Max(CleanBuild.Ticks, TimeCleanBuild().Ticks));
        var left = HangLimit - clock.Elapsed;
        return left > TimeSpan.Zero ? builder.Join(left) : !builder.IsAlive;
    }

    public void Dispose() => _pristine.Dispose();

    /// <summary>What breaks the promise to editors, or null: see the class summary of GeneratedBadInputTests.</summary>
    private static string? Problem(TestSite site, int exitCode, string text, IReadOnlyDictionary<string, string> goodSite)
    {
        if (exitCode is not (ExitCodes.Ok or ExitCodes.ContentErrors))
        {
            return $"exit code {exitCode} instead of 0 or 1";
        }

        if (text.Contains("   at ", StringComparison.Ordinal))
        {
            return "a stack trace was printed";
        }

        if (exitCode == ExitCodes.Ok)
        {
            return null;
        }

        var diagnostics = text.Split('\n').Where(line => DiagnosticKind().IsMatch(line)).ToList();
        if (!diagnostics.Any(line => line.Contains(": error KB", StringComparison.Ordinal)))
        {
            return "exit code 1 without an error diagnostic";
        }

        if (diagnostics.FirstOrDefault(line => !NamesFileOfSite(site.Root, line)) is { } unnamed)
        {
            return $"a diagnostic does not name a file of the site with line:col: {unnamed}";
        }

        var after = OutputTree.Hashes(site.Output);
        return after.Count == goodSite.Count && after.All(file => goodSite.GetValueOrDefault(file.Key) == file.Value)
            ? null
            : "the output of the last good build changed after an error";
    }

    private static bool NamesFileOfSite(string root, string line)
    {
        var match = LocatedDiagnostic().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var path = match.Groups["path"].Value;
        var full = Path.GetFullPath(Path.Combine(root, path));
        return !Path.IsPathRooted(path) && full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && (System.IO.File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null);
    }

    /// <summary>A build blocked opening a FIFO for reading goes on once something opens it for writing and closes it.</summary>
    private static void Unblock(string root)
    {
        foreach (var fifo in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(IsFifo))
        {
            var writer = new Thread(() => new FileStream(fifo, FileMode.Open, FileAccess.Write).Dispose()) { IsBackground = true };
            writer.Start();
            writer.Join(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>.NET has no question for "is this a FIFO", so stat(1) is asked; only after a hang.</summary>
    private static bool IsFifo(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var kind = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return kind == "fifo";
    }

    [GeneratedRegex(@": (error|warning) KB\d{3}: ")]
    private static partial Regex DiagnosticKind();

    [GeneratedRegex(@"^(?<path>[^:\s][^:]*):\d+:\d+: (error|warning) KB\d{3}: ")]
    private static partial Regex LocatedDiagnostic();
}

public enum Outcome
{
    GoodBuild,
    ContentErrors,
    Crash,
    Hang,
}

/// <summary>How one bad input ended: its outcome, what the build printed (or what went wrong), and how long it took.</summary>
public sealed record Trial(Outcome Outcome, string Detail, TimeSpan Elapsed)
{
    public bool Failed => Outcome is Outcome.Crash or Outcome.Hang;
}

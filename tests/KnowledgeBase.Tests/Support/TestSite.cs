using KnowledgeBase.Building;
using KnowledgeBase.Cli;
using Spectre.Console;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A throwaway site in a temporary folder: the repository's real templates plus the content a test writes.
/// Deleted when disposed.
/// </summary>
public sealed class TestSite : IDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public const string SiteYml = """
        title: Test Evidence
        description: A test site.
        base_url: https://test.example/
        language: en
        navigation:
          - title: Articles
            url: /
        """;

    public TestSite(bool withSampleArticle = true)
    {
        Root = NewRoot();
        Directory.CreateDirectory(Path.Combine(Root, "content", "articles"));
        Directory.CreateDirectory(Path.Combine(Root, "content", "pages"));
        CopyFolder(RepositoryPaths.Templates, Path.Combine(Root, "templates"));
        Write("site.yml", SiteYml);
        if (withSampleArticle)
        {
            Write("content/articles/sample.md", SampleArticle);
        }
    }

    private TestSite(string root) => Root = root;

    public string Root { get; }

    /// <summary>A new site holding a copy of every file of this one, its output included.</summary>
    public TestSite Copy()
    {
        var copy = new TestSite(NewRoot());
        CopyFolder(Root, copy.Root);
        return copy;
    }

    /// <summary>A site with the repository's real content and site.yml (but not its published-urls.txt).</summary>
    public static TestSite WithRepositoryContent()
    {
        var site = new TestSite(withSampleArticle: false);
        CopyFolder(Path.Combine(RepositoryPaths.Root, "content"), Path.Combine(site.Root, "content"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "site.yml"), Path.Combine(site.Root, "site.yml"), overwrite: true);
        return site;
    }

    public string Output => Path.Combine(Root, "_site");

    public static string SampleArticle => """
        ---
        title: What is a sample?
        summary: A short article used by the tests.
        tags: [basics]
        authors: [Editorial team]
        reviewed_by: [Medical reviewer]
        last_reviewed: 2026-11-01
        next_review: 2027-11-01
        ---
        This article is for testing. It links to [itself](/articles/sample/).

        ## How it is done

        Small injections into the skin.

        ### Depth

        A few millimetres.
        """;

    public static TimeProvider Clock => new FixedClock(Today);

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return path;
    }

    /// <summary>Copies the repository's sources with these keys into content/references/, so that articles may cite them.</summary>
    public void AddRepositoryReferences(params string[] keys)
    {
        foreach (var key in keys)
        {
            Write($"content/references/{key}.md", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", "references", key + ".md")));
        }
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>A file of the site itself (content, site.yml), as an editor or a command left it.</summary>
    public string ReadSource(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public BuildResult Build(Uri? baseUrl = null, bool drafts = false) =>
        new SiteBuilder(Clock).Build(new BuildOptions(Root, Output, baseUrl, drafts));

    /// <summary>The article's text with extra front matter lines inserted after its opening '---'.</summary>
    public static string WithFrontMatter(string article, string lines) =>
        "---\n" + lines.TrimEnd('\n') + "\n" + article.ReplaceLineEndings("\n")["---\n".Length..];

    public BuildResult Check() => new SiteBuilder(Clock).Check(Root);

    /// <summary>Runs the command line in-process and returns its exit code and everything it printed.</summary>
    public (int ExitCode, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 4096;
        var exitCode = new CommandLineApp(console, Clock).Run([.. args, "--root", Root]);
        return (exitCode, writer.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            // Links are left alone (and not followed): a test may have linked to a file outside the site.
            var plainFiles = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
            foreach (var file in Directory.EnumerateFiles(Root, "*", plainFiles))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
    }

    private static string NewRoot() => Path.Combine(Path.GetTempPath(), "kb-test-" + Guid.NewGuid().ToString("N"));

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

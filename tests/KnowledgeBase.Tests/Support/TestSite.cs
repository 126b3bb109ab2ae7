using System.Text.RegularExpressions;
using KnowledgeBase.Building;
using KnowledgeBase.Cli;
using KnowledgeBase.Content;
using KnowledgeBase.Emit;
using Spectre.Console;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A throwaway site in a temporary folder: the repository's real templates plus the content a test writes.
/// Deleted when disposed.
/// </summary>
public sealed partial class TestSite : IDisposable
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

    /// <summary>The repository a new test site names for its "Report a mistake" and "Edit this page" links.</summary>
    public const string Repository = "https://github.com/example/test-evidence";

    public TestSite(bool withSampleArticle = true)
    {
        Root = NewRoot();
        Directory.CreateDirectory(Path.Combine(Root, "content", "articles"));
        Directory.CreateDirectory(Path.Combine(Root, "content", "pages"));
        CopyFolder(RepositoryPaths.Templates, Path.Combine(Root, "templates"));
        CopyInterfaceStringsWithoutCountries();
        Write("site.yml", SiteYml + $"\nrepository: {Repository}\n");
        Write("content/people.yml", PeopleYml);
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
        CopyFolder(Path.Combine(RepositoryPaths.Root, "i18n"), Path.Combine(site.Root, "i18n"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "site.yml"), Path.Combine(site.Root, "site.yml"), overwrite: true);
        return site;
    }

    public string Output => Path.Combine(Root, "_site");

    /// <summary>
    /// The editorial team, which writes every test article, and a clinician for tests of a clinical review, each with
    /// their texts in Spanish for the sites <see cref="AddSpanish"/> makes bilingual.
    /// </summary>
    public const string PeopleYml = """
        - id: editorial-team
          name: Editorial team
          names: {es: Equipo editorial}
          kind: organization
          role: Writes the articles and checks them against their sources.
          roles: {es: Escribe los artículos y los comprueba con sus fuentes.}
          interests: Team policy, for the tests.
          interests_in: {es: "Política del equipo, para las pruebas."}
          translation_of: {es: d3659c7d4890}
        - id: test-clinician
          name: Dr Test Clinician
          kind: person
          credentials: MD, test dermatologist
          clinician: true
          role: Reviews articles for the tests.
          roles: {es: Revisa artículos para las pruebas.}
          interests: None declared, for the tests.
          interests_in: {es: "Ninguno declarado, para las pruebas."}
          translation_of: {es: 1d2ab9cb0907}
        """;

    public static string SampleArticle => """
        ---
        title: What is a sample?
        summary: A short article used by the tests.
        tags: [basics]
        authors: [editorial-team]
        reviewed_by: []
        last_reviewed: 2026-11-01
        next_review: 2027-11-01
        published: 2026-10-01
        updated: 2026-11-01
        sources_searched: 2026-10-15
        changes:
          - date: 2026-10-01
            change: First published.
          - date: 2026-11-01
            change: Added how deep the injections go.
        ---
        This article is for testing. It links to [itself](/articles/sample/).

        ## How it is done

        Small injections into the skin.

        ### Depth

        A few millimetres.
        """;

    /// <summary>
    /// The sample article in Spanish, as a translator writes it; <c>{revision}</c> stands for the English file's stamp
    /// (<see cref="AddSpanish"/> writes it).
    /// </summary>
    public const string SpanishSampleArticle = """
        ---
        title: ¿Qué es una muestra?
        slug: que-es-una-muestra
        summary: Un artículo breve que usan las pruebas.
        translation_of:
          revision: {revision}
          date: 2026-11-01
        translated_by: [editorial-team]
        ---
        Este artículo es para pruebas. Enlaza [consigo mismo](/articles/sample/).

        ## Cómo se hace {#how-it-is-done}

        Pequeñas inyecciones en la piel.

        ### Profundidad {#depth}

        Unos milímetros.
        """;

    /// <summary>
    /// Makes the site bilingual (English, then Spanish, with the menu entry's Spanish title) and writes the sample
    /// article's translation, stamped with the English file as it is now; returns the translation's path.
    /// </summary>
    /// <param name="englishFile">The name of the English article file the translation translates, without ".md".</param>
    public string AddSpanish(string translation = SpanishSampleArticle, string englishFile = "sample")
    {
        // A test that translates a second article calls this again: the site is in Spanish once.
        if (!ReadSource("site.yml").Contains("languages:", StringComparison.Ordinal))
        {
            Write("site.yml", ReadSource("site.yml").Replace("language: en", "languages:\n  - {code: en, name: English}\n  - {code: es, name: Español}")
                .Replace("  - title: Articles\n", "  - title: Articles\n    titles: {es: Artículos}\n", StringComparison.Ordinal));
        }

        var revision = RevisionStamp.Of(File.ReadAllBytes(Path.Combine(Root, $"content/articles/{englishFile}.md")));
        var path = $"content/articles/{englishFile}.es.md";
        Write(path, translation.Replace("{revision}", revision));
        return path;
    }

    /// <summary>Changes the sample article's text, as an English fix does after it was translated.</summary>
    public void ChangeSampleArticle() =>
        Write("content/articles/sample.md", ReadSource("content/articles/sample.md").Replace("A few millimetres.", "A few millimetres, never deeper.", StringComparison.Ordinal));

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

    /// <summary>
    /// The front matter lines every article needs besides its title and summary (who wrote it and its dates), for
    /// tests that write their own articles.
    /// </summary>
    public const string ArticleMeta =
        "authors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\nsources_searched: 2026-10-15\n";

    /// <summary>The article's text with extra front matter lines inserted after its opening '---'.</summary>
    public static string WithFrontMatter(string article, string lines) =>
        "---\n" + lines.TrimEnd('\n') + "\n" + article.ReplaceLineEndings("\n")["---\n".Length..];

    public BuildResult Check() => new SiteBuilder(Clock).Check(Root);

    /// <summary>Runs the command line in-process and returns its exit code and everything it printed.</summary>
    public (int ExitCode, string Output) Run(params string[] args) => RunIn(Root, args);

    /// <summary>
    /// Runs the command line in-process on the site in <paramref name="root"/>. A build or preview given no output folder
    /// writes into the site's own _site: the command line's default is relative to the working folder, which in a test
    /// is the test process's, shared by every test.
    /// </summary>
    public static (int ExitCode, string Output) RunIn(string root, params string[] args)
    {
        if (args is ["build" or "serve", ..] && !args.Any(arg => arg is "--output" or "-o" || arg.StartsWith("--output=", StringComparison.Ordinal)))
        {
            args = [.. args, "--output", Path.Combine(root, OutputFolderGuard.DefaultOutputFolder)];
        }

        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 4096;
        var exitCode = new CommandLineApp(console, Clock).Run([.. args, "--root", root]);
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

    /// <summary>
    /// The repository's interface strings, but for the countries search knows (search_countries), whose sections are the
    /// repository's articles': a test site lists none unless a test writes them, as a site without such articles would.
    /// </summary>
    private void CopyInterfaceStringsWithoutCountries()
    {
        CopyFolder(Path.Combine(RepositoryPaths.Root, "i18n"), Path.Combine(Root, "i18n"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "i18n"), "*.yml"))
        {
            File.WriteAllText(file, Countries().Replace(File.ReadAllText(file), "search_countries: \"\"\n"));
        }
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    [GeneratedRegex(@"^search_countries:.*\n(?:[ \t]+.*\n)*", RegexOptions.Multiline)]
    private static partial Regex Countries();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

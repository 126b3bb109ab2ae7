using KnowledgeBase.Building;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// The repository's real content, copied to a temporary folder (a build records its URLs in published-urls.txt,
/// which must not change under the tests) and built there once with the tests' fixed clock, for tests that judge
/// the site a patient would use, such as search quality.
/// </summary>
public sealed class RealSite : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kb-real-" + Guid.NewGuid().ToString("N"));

    public string Output => Path.Combine(_root, "_site");

    public ValueTask InitializeAsync()
    {
        foreach (var file in new[] { "site.yml", "published-urls.txt" }.Concat(
            new[] { "content", "templates", "i18n" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories))
                .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))))
        {
            var target = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), target);
        }

        new SiteBuilder(TestSite.Clock).Build(new BuildOptions(_root, Output)).ShouldHaveBuilt("The real content");

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The path of one built page of each kind, for tests that visit every kind: the home page and the first page of
    /// every top-level folder at every depth (so /references/ and /references/key/ both), and of every folder in each
    /// language's folder (/es/articles/x/ and /es/references/x/ both), redirect pages left out.
    /// </summary>
    public IReadOnlyList<string> OnePagePerKind() =>
        Directory.GetFiles(Output, "index.html", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(Output, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/")
            .Select(path => path == "/./" ? "/" : path)
            .Where(path => !File.ReadAllText(Path.Combine(Output, path.Trim('/'), "index.html")).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .GroupBy(path => (Kind: KindOf(path), Depth: path.Count(c => c == '/')))
            .Select(kind => kind.Order(StringComparer.Ordinal).First())
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A page's top-level folder; under a language's folder, the folder after it (/es/references/x/ is "es/references").</summary>
    private static string? KindOf(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries) switch
    {
        [{ Length: 2 } language, var folder, _, ..] => $"{language}/{folder}",
        var segments => segments.FirstOrDefault(),
    };

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return ValueTask.CompletedTask;
    }
}

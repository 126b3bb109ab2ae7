using KnowledgeBase.Building;

[assembly: AssemblyFixture(typeof(KnowledgeBase.Tests.Support.RealSite.Removal))]

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// The repository's real content, copied to a temporary folder (a build records its URLs in published-urls.txt,
/// which must not change under the tests) and built there with the tests' fixed clock, for tests that judge the site a
/// patient would use, such as search quality. The tests only read it, so one build, made when the first class that
/// needs it starts, serves every class of the run; the folder is removed when the run ends.
/// </summary>
public sealed class RealSite : IAsyncLifetime
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "kb-real-" + Guid.NewGuid().ToString("N"));
    private static readonly string SiteFolder = Path.Combine(Root, "_site");
    private static readonly Lazy<Task> Build = new(() => Task.Run(BuildOnce));
    private static readonly Lazy<IReadOnlyList<BuiltFile>> BuiltFiles = new(() => PageKinds.Of(SiteFolder));

    public string Output => SiteFolder;

    public async ValueTask InitializeAsync() => await Build.Value;

    private static void BuildOnce()
    {
        foreach (var file in new[] { "site.yml", "published-urls.txt" }.Concat(
            new[] { "content", "templates", "i18n" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories))
                .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))))
        {
            var target = Path.Combine(Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), target);
        }

        new SiteBuilder(TestSite.Clock).Build(new BuildOptions(Root, SiteFolder)).ShouldHaveBuilt("The real content");
    }

    /// <summary>
    /// The path of one built page of each kind in each language (<see cref="PageKinds"/>), for tests that visit every
    /// kind: the home page, "/articles/*/", "/references/", "/references/*/" and so on, and the same kinds in every
    /// translation; redirect stubs and the 404 page (a file, not a folder) left out.
    /// </summary>
    public IReadOnlyList<string> OnePagePerKind() =>
        Files.Where(file => file.Path.EndsWith('/'))
            .GroupBy(file => (file.Language, file.Kind))
            .Select(kind => kind.First().Path)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every built file with its language and kind, read once.</summary>
    public IReadOnlyList<BuiltFile> Files => BuiltFiles.Value;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Removes the run's build, if a test made it, when the test run ends.</summary>
    public sealed class Removal : IDisposable
    {
        public void Dispose()
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }
}

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
    private IReadOnlyList<BuiltFile>? _files;

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
    public IReadOnlyList<BuiltFile> Files => _files ??= PageKinds.Of(Output);

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return ValueTask.CompletedTask;
    }
}

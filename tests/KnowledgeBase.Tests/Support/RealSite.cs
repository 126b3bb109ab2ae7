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
            new[] { "content", "templates" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories))
                .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))))
        {
            var target = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), target);
        }

        var result = new SiteBuilder(TestSite.Clock).Build(new BuildOptions(_root, Output));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The real content does not build: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return ValueTask.CompletedTask;
    }
}

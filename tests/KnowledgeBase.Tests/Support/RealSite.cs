using KnowledgeBase.Building;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// The repository's real content, built once into a temporary folder (with the tests' fixed clock) and served
/// on loopback, for tests that judge the site a patient would use, such as search quality.
/// </summary>
public sealed class RealSite : IAsyncLifetime
{
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "kb-real-" + Guid.NewGuid().ToString("N"));

    public StaticSiteServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var result = new SiteBuilder(TestSite.Clock).Build(new BuildOptions(RepositoryPaths.Root, Output));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The real content does not build: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        Server = await StaticSiteServer.StartAsync(Output);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(Output, recursive: true);
    }
}

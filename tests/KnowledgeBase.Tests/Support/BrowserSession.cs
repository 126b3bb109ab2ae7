using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A built site served on loopback and the pages a test opens on it in the run's Chromium, torn down together (the
/// server stopped, the pages' browser contexts closed): the setup every browser test shares. Skips (or fails in CI)
/// like <see cref="Chromium"/> when there is no Chromium.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _contexts = [];

    private BrowserSession(StaticSiteServer server, IBrowser browser)
    {
        Server = server;
        _browser = browser;
    }

    public StaticSiteServer Server { get; }

    /// <summary>The address of a site path on the server, e.g. Url("/articles/sample/").</summary>
    public string Url(string sitePath) => Server.BaseUrl + sitePath;

    public static Task<BrowserSession> StartAsync(TestSite site) => StartAsync(site.Output);

    /// <summary>Serves an already built site folder, such as <see cref="RealSite"/>'s.</summary>
    public static async Task<BrowserSession> StartAsync(string siteFolder)
    {
        var server = await StaticSiteServer.StartAsync(siteFolder);
        try
        {
            return new BrowserSession(server, await Chromium.SharedAsync());
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh page, optionally in a context with its own options (JavaScript off, permissions...).</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await _browser.NewContextAsync(options);
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}

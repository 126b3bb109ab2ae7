using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A built site served on loopback and a Chromium to look at it with, torn down together: the setup every
/// browser test shares. Skips (or fails in CI) like <see cref="Chromium"/> when there is no Chromium.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(StaticSiteServer server, IPlaywright playwright, IBrowser browser)
    {
        Server = server;
        _playwright = playwright;
        Browser = browser;
    }

    public StaticSiteServer Server { get; }

    public IBrowser Browser { get; }

    /// <summary>The address of a site path on the server, e.g. Url("/articles/sample/").</summary>
    public string Url(string sitePath) => Server.BaseUrl + sitePath;

    public static Task<BrowserSession> StartAsync(TestSite site) => StartAsync(site.Output);

    /// <summary>Serves an already built site folder, such as <see cref="RealSite"/>'s.</summary>
    public static async Task<BrowserSession> StartAsync(string siteFolder)
    {
        var server = await StaticSiteServer.StartAsync(siteFolder);
        try
        {
            var (playwright, browser) = await Chromium.LaunchAsync();
            return new BrowserSession(server, playwright, browser);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh page, optionally in a context with its own options (JavaScript off, permissions...).</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null) =>
        await (await Browser.NewContextAsync(options)).NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}

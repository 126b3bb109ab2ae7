namespace KnowledgeBase.Tests.Support;

/// <summary>
/// The run's build of the real content (<see cref="RealSite"/>) served on loopback to the run's Chromium for a whole
/// test class, so that tests which only open pages do not each start a server. Each test takes its own
/// page (and browser context), so tests cannot disturb each other.
/// </summary>
public sealed class RealSiteInBrowser : IAsyncLifetime
{
    private readonly RealSite _site = new();
    private BrowserSession? _browser;

    public BrowserSession Browser => _browser ?? throw new InvalidOperationException("the fixture has not started");

    public async ValueTask InitializeAsync()
    {
        await _site.InitializeAsync();
        _browser = await BrowserSession.StartAsync(_site.Output);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }
}

using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Support;

/// <summary>Playwright with Debian's Chromium (see <see cref="Chromium"/>), closed together when disposed.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        return new BrowserSession(playwright, browser);
    }

    public Task<IPage> NewPageAsync() => Browser.NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}

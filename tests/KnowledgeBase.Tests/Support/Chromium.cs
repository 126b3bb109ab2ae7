using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(KnowledgeBase.Tests.Support.Chromium.Shutdown))]

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Debian's Chromium (CHROME_PATH or /usr/bin/chromium), driven through Playwright; Playwright's own browser download
/// is not available here. One browser serves the whole test run: starting Playwright's driver and a Chromium takes
/// about 3 s of processor time, which some sixty browser tests paid each on a 2-core machine. Tests stay apart by
/// opening their pages in browser contexts of their own (cookies, storage, cache, permissions), which they close.
/// Without a Chromium the browser tests skip with the reason, except in CI.
/// </summary>
public static class Chromium
{
    private static readonly SemaphoreSlim Starting = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static string? ExecutablePath =>
        new[] { Environment.GetEnvironmentVariable("CHROME_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    /// <summary>The test run's browser, started on first use, and started again if it died, so one crash fails one test.</summary>
    public static async Task<IBrowser> SharedAsync()
    {
        await Starting.WaitAsync();
        try
        {
            if (_browser is not { IsConnected: true })
            {
                await CloseAsync();
                (_playwright, _browser) = await LaunchAsync();
            }

            return _browser;
        }
        finally
        {
            Starting.Release();
        }
    }

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var executable = ExecutablePath;
        if (executable is null)
        {
            const string reason = "no Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException(reason + "; CI must run the browser tests");
            }

            Assert.Skip(reason);
        }

        // Expectations wait for the page (search results, suggestions); a loaded 2-core CI machine needs longer than 5 s.
        Assertions.SetDefaultExpectTimeout(20_000);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = ["--no-sandbox"],
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    private static async Task CloseAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
    }

    /// <summary>Closes the shared browser, if a test started it, when the test run ends.</summary>
    public sealed class Shutdown : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Starting.WaitAsync();
            try
            {
                await CloseAsync();
            }
            finally
            {
                Starting.Release();
            }
        }
    }
}

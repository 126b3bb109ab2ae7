using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Launches Debian's Chromium (CHROME_PATH or /usr/bin/chromium) through Playwright; Playwright's own browser
/// download is not available here. Without a Chromium the browser tests skip with the reason, except in CI.
/// </summary>
public static class Chromium
{
    public static string? ExecutablePath =>
        new[] { Environment.GetEnvironmentVariable("CHROME_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
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
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        return (playwright, browser);
    }
}

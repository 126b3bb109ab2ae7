using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Quality;

/// <summary>The real site in Chromium under its own Content-Security-Policy: nothing blocked, nothing fetched from elsewhere.</summary>
public sealed class SecurityBrowserTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public async Task Every_kind_of_page_works_under_its_security_policy_and_asks_no_other_site_for_anything()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page, browser.Server.BaseUrl);
        var paths = site.OnePagePerKind();
        paths.Count.ShouldBeGreaterThan(5);

        foreach (var path in paths.Append("/404.html").Append("/es/search/"))
        {
            await page.GotoAsync(browser.Url(path));
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        }

        await page.FillAsync("#site-search-input", "liposuction");
        await page.Locator("header [data-search-results] a").First.WaitForAsync();

        problems.All.ShouldBeEmpty();
    }
}

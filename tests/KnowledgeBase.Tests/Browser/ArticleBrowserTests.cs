using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

public sealed class ArticleBrowserTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private BrowserSession _browser = null!;

    public async ValueTask InitializeAsync()
    {
        _site.Build().Succeeded.ShouldBeTrue();
        _browser = await BrowserSession.StartAsync(_site);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task Built_article_opens_in_chromium_with_its_heading_and_no_axe_violations()
    {
        var page = await _browser.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page, _browser.Server.BaseUrl);

        await page.GotoAsync(_browser.Url("/articles/sample/"));

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("What is a sample?");
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
        problems.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task Skip_link_is_the_first_thing_the_keyboard_reaches_and_moves_focus_to_main()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(_browser.Url("/articles/sample/"));

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Skip to main content");
        await page.Keyboard.PressAsync("Enter");

        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("main");
    }
}

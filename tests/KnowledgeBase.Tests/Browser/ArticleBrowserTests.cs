using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

public sealed class ArticleBrowserTests
{
    [Fact]
    public async Task Built_article_opens_in_chromium_with_its_heading_and_no_axe_violations()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        await using var server = await StaticSiteServer.StartAsync(site.Output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GotoAsync(server.BaseUrl + "/articles/sample/");

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("What is a sample?");
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
        consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Skip_link_is_the_first_thing_the_keyboard_reaches_and_moves_focus_to_main()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        await using var server = await StaticSiteServer.StartAsync(site.Output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/articles/sample/");

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Skip to main content");
        await page.Keyboard.PressAsync("Enter");

        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("main");
    }
}

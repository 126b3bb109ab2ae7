using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

public sealed class CopyLinkBrowserTests
{
    [Fact]
    public async Task Keyboard_user_tabs_from_a_section_link_to_its_copy_button_and_copies_the_section_address()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        await using var server = await StaticSiteServer.StartAsync(site.Output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = server.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/articles/sample/");

        await page.Locator("a.heading-anchor[href='#depth']").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Copy link to the section Depth");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Link to the section copied.");
        (await page.EvaluateAsync<string>("navigator.clipboard.readText()")).ShouldBe(server.BaseUrl + "/articles/sample/#depth");
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        axe.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_javascript_there_is_no_copy_button_and_the_section_link_still_works()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        await using var server = await StaticSiteServer.StartAsync(site.Output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/articles/sample/");

        (await page.Locator("button").CountAsync()).ShouldBe(0);
        await page.Locator("a.heading-anchor[href='#depth']").ClickAsync();

        page.Url.ShouldBe(server.BaseUrl + "/articles/sample/#depth");
    }

    [Fact]
    public async Task Embed_card_shows_inside_an_iframe_on_another_page()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var snippet = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("articles/sample/index.html"))
            .QuerySelector("textarea#link-embed")!.TextContent;
        await using var server = await StaticSiteServer.StartAsync(site.Output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();

        await page.SetContentAsync("<main>" + snippet.Replace("https://test.example", server.BaseUrl) + "</main>");

        var card = page.FrameLocator("iframe").Locator("h1");
        await Assertions.Expect(card).ToContainTextAsync("What is a sample?");
    }
}

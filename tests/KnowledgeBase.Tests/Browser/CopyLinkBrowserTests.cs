using AngleSharp.Html.Parser;
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
        await using var session = await BrowserSession.StartAsync(site);
        var page = await session.NewPageAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        await page.GotoAsync(session.Url("/articles/sample/"));

        await page.Locator("a.heading-anchor[href='#depth']").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Copy link to the section Depth");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("[role=status]:not([data-search-status])")).ToHaveTextAsync("Link to the section copied.");
        (await page.EvaluateAsync<string>("navigator.clipboard.readText()")).ShouldBe(session.Url("/articles/sample/#depth"));
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_javascript_there_is_no_copy_button_and_the_section_link_still_works()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        await using var session = await BrowserSession.StartAsync(site);
        var page = await session.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync(session.Url("/articles/sample/"));

        (await page.Locator("main button").CountAsync()).ShouldBe(0);
        await page.Locator("a.heading-anchor[href='#depth']").ClickAsync();

        page.Url.ShouldBe(session.Url("/articles/sample/#depth"));
    }

    [Fact]
    public async Task Embed_snippet_shows_the_card_inside_another_sites_page_and_the_card_has_no_axe_violations()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var snippet = new HtmlParser().ParseDocument(site.ReadOutput("articles/sample/index.html")).QuerySelector("textarea#link-embed")!.TextContent;
        await using var session = await BrowserSession.StartAsync(site);
        var page = await session.NewPageAsync();

        await page.SetContentAsync("<main>" + snippet.Replace("https://test.example", session.Server.BaseUrl) + "</main>");

        await Assertions.Expect(page.FrameLocator("iframe").Locator("h1")).ToContainTextAsync("What is a sample?");
        await page.GotoAsync(session.Url("/embed/sample/"));
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
    }
}

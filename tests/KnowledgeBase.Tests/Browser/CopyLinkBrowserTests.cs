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

    [Theory]
    [InlineData("/articles/sample/", "Copy link", "Copy", "Copy link to the section Depth", "Copy Permanent address of this article", "Link to the section copied.", "Copied.")]
    [InlineData("/es/articles/que-es-una-muestra/", "Copiar enlace", "Copiar", "Copiar enlace a la sección Profundidad", "Copiar Dirección permanente de este artículo",
        "Enlace a la sección copiado.", "Copiado.")]
    public async Task Copy_buttons_speak_the_language_of_their_page_and_copy_with_the_keyboard(
        string path, string copyLink, string copy, string sectionButtonName, string addressButtonName, string sectionCopied, string copied)
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Build().Succeeded.ShouldBeTrue();
        await using var session = await BrowserSession.StartAsync(site);
        var page = await session.NewPageAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        await page.GotoAsync(session.Url(path));
        var status = page.Locator("[role=status]:not([data-search-status])");

        // The words a sighted reader sees: each button's own text, without the part only screen readers read.
        (await page.EvaluateAsync<string[]>("[...new Set([...document.querySelectorAll('button.copy-button')].map(b => b.firstChild.textContent))]"))
            .ShouldBe([copyLink, copy], ignoreOrder: true);
        (await page.GetByRole(AriaRole.Button, new() { Name = sectionButtonName, Exact = true }).CountAsync()).ShouldBe(1);
        var addressButton = page.GetByRole(AriaRole.Button, new() { Name = addressButtonName, Exact = true });
        (await addressButton.CountAsync()).ShouldBe(1);

        await page.Locator("a.heading-anchor[href='#depth']").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(status).ToHaveTextAsync(sectionCopied);
        (await page.EvaluateAsync<string>("navigator.clipboard.readText()")).ShouldBe(session.Url(path + "#depth"));

        await page.Locator("#link-address").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        (await addressButton.EvaluateAsync<bool>("button => button === document.activeElement")).ShouldBeTrue();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(status).ToHaveTextAsync(copied);
        (await page.EvaluateAsync<string>("navigator.clipboard.readText()")).ShouldBe(await page.Locator("#link-address").InputValueAsync());
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

using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>A reader switches language from an article, with the keyboard, and lands on its translation.</summary>
public sealed class LanguageSwitchBrowserTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private BrowserSession _browser = null!;

    public async ValueTask InitializeAsync()
    {
        _site.AddSpanish();
        _site.Build().Succeeded.ShouldBeTrue();
        _browser = await BrowserSession.StartAsync(_site);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task Following_the_language_switcher_from_an_article_lands_on_its_translation_with_no_axe_violations()
    {
        var page = await _browser.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page, _browser.Server.BaseUrl);
        await page.GotoAsync(_browser.Url("/articles/sample/"));

        var switcher = page.GetByRole(Microsoft.Playwright.AriaRole.Navigation, new() { Name = "Languages" });
        await switcher.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Español" }).FocusAsync();
        // Waits from before the key is pressed: a wait begun after it can miss a navigation that is under way.
        var arrived = page.WaitForURLAsync("**/es/articles/que-es-una-muestra/");
        await page.Keyboard.PressAsync("Enter");
        await arrived;

        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("es");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("¿Qué es una muestra?");
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
        problems.All.ShouldBeEmpty();
    }
}

using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>The pages of a split list in Chromium: each passes axe, and its navigation leads a keyboard user to the next page.</summary>
public sealed class ListPageBrowserTests(LongListSite site) : IClassFixture<LongListSite>
{
    [Fact]
    public async Task Every_page_of_every_split_list_has_no_axe_violations()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var violations = new List<string>();

        foreach (var path in new[] { "/", "/page/2/", "/topics/notes/", "/topics/notes/page/2/", "/references/", "/references/page/2/", "/evidence/", "/evidence/page/2/" })
        {
            await page.GotoAsync(browser.Url(path));
            violations.AddRange((await Axe.ViolationsAsync(page)).Select(violation => $"{path}: {violation}"));
        }

        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_next_page_link_of_the_bibliography_opens_its_second_page()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/references/"));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages of the sources" }).GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();

        page.Url.ShouldBe(browser.Url("/references/page/2/"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Sources, page 2 of 2");
    }
}

using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// Search on a site of 60 articles that all say "side effects": a query of listed words is answered from the
/// generator's lists of them, without downloading Pagefind's index, and any other query still goes to Pagefind.
/// </summary>
public sealed class WordListSearchBrowserTests(LargeSearchSite site) : IClassFixture<LargeSearchSite>
{
    private const string Results = "main [data-search-results] .search-result";

    [Fact]
    public async Task A_query_of_words_on_every_page_finds_titles_and_headings_without_downloading_the_index()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(browser.Url("/search/?q=What+are+the+side+effects%3F"));
        var results = page.Locator(Results);
        await results.First.WaitForAsync();

        (await results.Nth(0).Locator(".search-result-title").InnerTextAsync()).ShouldBe("Side effects of the treatment");
        (await results.Nth(1).Locator(".search-result-section").InnerTextAsync()).ShouldBe("Side effects people report");
        (await results.Nth(1).Locator("a").GetAttributeAsync("href")).ShouldBe("/articles/note-23/#side-effects-people-report");
        (await results.Nth(0).Locator(".search-result-excerpt").InnerTextAsync()).ShouldBe("Note 7 on how the treatment is given.");
        await Assertions.Expect(page.Locator("main [data-search-status]")).ToContainTextAsync("results for “What are the side effects?”");
        requested.ShouldContain(url => url.Contains("/search/words/side.json", StringComparison.Ordinal));
        requested.ShouldNotContain(url => url.Contains("/pagefind/index/", StringComparison.Ordinal) || url.Contains("/pagefind/fragment/", StringComparison.Ordinal));
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_query_of_a_word_on_many_pages_but_not_nearly_all_is_answered_from_its_list_without_downloading_the_index()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(browser.Url("/search/?q=studies"));
        var first = page.Locator(Results).First;
        await first.WaitForAsync();

        (await first.Locator(".search-result-section").InnerTextAsync()).ShouldBe("What studies found");
        (await first.Locator("a").GetAttributeAsync("href")).ShouldBe("/articles/note-12/#what-studies-found");
        requested.ShouldContain(url => url.Contains("/search/words/studies.json", StringComparison.Ordinal));
        requested.ShouldNotContain(url => url.Contains("/pagefind/index/", StringComparison.Ordinal) || url.Contains("/pagefind/fragment/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_with_a_word_on_few_pages_is_searched_in_the_index()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.Url("/search/?q=side+effects+swelling"));
        var first = page.Locator(Results).First;
        await first.WaitForAsync();

        (await first.Locator(".search-result-title").InnerTextAsync()).ShouldBe("Treatment note 41");
        (await first.Locator(".search-result-excerpt mark").First.InnerTextAsync()).ToLowerInvariant().ShouldBe("swelling");
    }
}

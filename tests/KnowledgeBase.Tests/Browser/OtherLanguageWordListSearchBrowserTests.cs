using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// On a site large enough for word lists in both languages, a query in the other language that its lists answer
/// downloads nothing of that language's Pagefind, not even its WebAssembly: it costs what a later query costs.
/// </summary>
public sealed class OtherLanguageWordListSearchBrowserTests(LargeBilingualSearchSite site) : IClassFixture<LargeBilingualSearchSite>
{
    [Fact]
    public async Task A_Spanish_query_of_listed_words_on_the_English_search_page_lists_Spanish_pages_without_loading_the_Spanish_index()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(browser.Url("/search/?q=" + Uri.EscapeDataString("efectos secundarios")));
        var first = page.Locator("main [data-search-results] a.search-result-link").First;
        await first.WaitForAsync();

        (await first.GetAttributeAsync("lang")).ShouldBe("es");
        (await first.GetAttributeAsync("href")).ShouldStartWith("/es/articles/nota-");
        requested.ShouldContain(url => url.Contains("/es/search/words/efectos.json", StringComparison.Ordinal));
        string[] spanishIndex = ["/pagefind/wasm.es.", "/pagefind/pagefind.es_", "/pagefind/index/es_", "/pagefind/fragment/es_"];
        requested.ShouldNotContain(url => spanishIndex.Any(part => url.Contains(part, StringComparison.Ordinal)));
    }
}

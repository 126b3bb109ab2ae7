using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// Every query typed on the real content in Chromium ends in results or in the announced "nothing matched" with the topics
/// and the questions, on each language's search page and in the header box: a patient never sees an empty page.
/// </summary>
public sealed class SearchEndsInAnAnswerBrowserTests(RealSite site) : IClassFixture<RealSite>
{
    private const string LongQuery = "mesoterapia para la grasa de la barriga y la papada y la celulitis de los muslos que no se va con dieta ni ejercicio ni cremas y ya no se que hacer";

    public static TheoryData<string, string> Queries() => new()
    {
        { "/es/search/", "la mesoterapia funciona de verdad o es puro cuento" },
        { "/es/search/", "quiero quitarme los rollitos de la barriga sin cirugia" },
        { "/es/search/", "¿?!" },
        { "/es/search/", LongQuery },
        { "/es/search/", "does mesotherapy really work or is it a scam" },
        { "/search/", "!!!" },
        { "/search/", "la mesoterapia funciona de verdad o es puro cuento" },
        { "/search/", "does mesotherapy really work or is it a scam" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_query_typed_on_a_search_page_ends_in_results_or_in_nothing_matched_with_the_topics_and_questions(string searchPage, string query)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url(searchPage));
        var noResults = await NoResultsAsync(page);

        await page.FillAsync("#search-page-input", query);
        await WaitForStatusAsync(page, "main [data-search-status]", query);

        var status = await page.Locator("main [data-search-status]").InnerTextAsync();
        var results = await page.Locator("main [data-search-results] a.search-result-link:visible").CountAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"{searchPage} '{query}': {status} ({results} shown)");
        if (results == 0)
        {
            status.ShouldStartWith(noResults);
            var nothing = page.Locator("[data-search-nothing]");
            await Assertions.Expect(nothing.Locator("a[href$='/topics/']")).ToBeVisibleAsync();
            (await nothing.Locator(".question-list a:visible").CountAsync()).ShouldBeGreaterThan(0);
        }
        else
        {
            status.ShouldNotStartWith(noResults);
            (await page.Locator("[data-search-nothing]").IsVisibleAsync()).ShouldBeFalse();
        }
    }

    /// <summary>Queries of the language's small words only, which every page holds and none answers.</summary>
    public static TheoryData<string, string> StopWordQueries() => new()
    {
        { "/es/search/", "que es lo que hay" },
        { "/es/search/", "de la el" },
        { "/search/", "the the the" },
        { "/search/", "and or but" },
    };

    [Theory]
    [MemberData(nameof(StopWordQueries))]
    public async Task A_query_of_stop_words_only_on_a_search_page_ends_in_nothing_matched_with_the_topics_and_questions(string searchPage, string query)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url(searchPage));
        var noResults = await NoResultsAsync(page);

        await page.FillAsync("#search-page-input", query);
        await WaitForStatusAsync(page, "main [data-search-status]", query);

        (await page.Locator("main [data-search-status]").InnerTextAsync()).ShouldStartWith(noResults);
        (await page.Locator("main [data-search-results] a.search-result-link:visible").CountAsync()).ShouldBe(0);
        var nothing = page.Locator("[data-search-nothing]");
        await Assertions.Expect(nothing.Locator("a[href$='/topics/']")).ToBeVisibleAsync();
        (await nothing.Locator(".question-list a:visible").CountAsync()).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("/es/", "de la el")]
    [InlineData("/", "the the the")]
    [InlineData("/", "and or but")]
    public async Task A_query_of_stop_words_only_in_the_header_box_says_nothing_matched_and_links_to_the_search_page(string homePage, string query)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url(homePage));
        var noResults = await NoResultsAsync(page);

        await page.FillAsync("#site-search-input", query);
        await WaitForStatusAsync(page, "header [data-search-status]", query);

        (await page.Locator("header [data-search-status]").InnerTextAsync()).ShouldStartWith(noResults);
        (await page.Locator("header [data-search-results] a.search-result-link").CountAsync()).ShouldBe(0);
        var links = page.Locator("header [data-search-results] a:visible");
        (await links.Last.GetAttributeAsync("href"))!.ShouldContain("/search/?q=");
    }

    [Theory]
    [InlineData("/es/", "la mesoterapia funciona de verdad o es puro cuento")]
    [InlineData("/es/", "quiero quitarme los rollitos de la barriga sin cirugia")]
    [InlineData("/es/", "¿?!")]
    [InlineData("/", "!!!")]
    public async Task A_query_typed_in_the_header_box_ends_in_results_or_in_a_link_to_the_search_page(string homePage, string query)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url(homePage));

        await page.FillAsync("#site-search-input", query);
        await WaitForStatusAsync(page, "header [data-search-status]", query);

        var links = page.Locator("header [data-search-results] a:visible");
        (await links.CountAsync()).ShouldBeGreaterThan(0);
        var last = await links.Last.GetAttributeAsync("href");
        TestContext.Current.TestOutputHelper?.WriteLine($"{homePage} '{query}': {await page.Locator("header [data-search-status]").InnerTextAsync()}, last link {last}");
        (await page.Locator("header [data-search-results] a.search-result-link").CountAsync() > 0 || last!.Contains("/search/?q=", StringComparison.Ordinal)).ShouldBeTrue();
    }

    /// <summary>How the page's status begins when nothing matched, as SearchEvaluation's probe reads it.</summary>
    private static async Task<string> NoResultsAsync(IPage page)
    {
        var words = await page.EvaluateAsync<string?>("() => { const words = document.getElementById('search-words'); return words && JSON.parse(words.textContent).noResults; }");
        return words is null ? "No results" : words[..words.IndexOf("{query}", StringComparison.Ordinal)];
    }

    /// <summary>Waits until the live region announces the query, quoted in English or Spanish quotes.</summary>
    private static Task WaitForStatusAsync(IPage page, string status, string query) =>
        page.WaitForFunctionAsync(
            $"q => ['“' + q + '”', '«' + q + '»'].some(quoted => document.querySelector('{status}')?.textContent.includes(quoted))", query);
}

using System.Text.RegularExpressions;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>The Spanish search page on the real content in Chromium: Spanish pages for Spanish words, in Spanish, for everyone.</summary>
public sealed class SpanishSearchBrowserTests(RealSite site) : IClassFixture<RealSite>
{
    private const string ResultLinks = "main [data-search-results] a.search-result-link";

    private const string KybellaArticle = "/es/articles/inyecciones-para-disolver-grasa-y-kybella/";

    [Fact]
    public async Task Grasa_papada_lists_the_Spanish_Kybella_article_in_the_top_three()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/es/search/"));

        var results = await SearchAsync(page, "grasa papada");

        TestContext.Current.TestOutputHelper?.WriteLine($"'grasa papada': {string.Join(", ", results)}");
        results.Take(3).ShouldContain(url => url.StartsWith(KybellaArticle, StringComparison.Ordinal), string.Join(", ", results));
    }

    [Theory]
    [InlineData("grasa papada")]
    [InlineData("celulitis")]
    [InlineData("caída del cabello")]
    [InlineData("efectos secundarios")]
    [InlineData("liposucción")]
    [InlineData("mesoterapia")]
    public async Task A_Spanish_query_lists_only_Spanish_pages(string query)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/es/search/"));

        var results = await SearchAsync(page, query);

        results.ShouldNotBeEmpty();
        results.ShouldAllBe(url => url.StartsWith("/es/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kybella")]
    [InlineData("mesotherapy")]
    [InlineData("celulitis")]
    public async Task An_English_search_lists_no_Spanish_page(string query)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/search/"));

        await page.FillAsync("#search-page-input", query);
        await page.WaitForFunctionAsync("q => document.querySelector('main [data-search-status]').textContent.includes('for “' + q + '”')", query);
        var results = await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        results.ShouldNotContain(url => url.StartsWith("/es/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_Spanish_search_page_speaks_Spanish_and_corrects_a_misspelt_query_with_a_Spanish_word()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/es/search/?q=celulitiz"));

        var suggestion = page.Locator("[data-search-suggestion]");
        await Assertions.Expect(suggestion).ToHaveTextAsync("Se muestran los resultados de celulitis. Buscar en su lugar celulitiz.");
        await Assertions.Expect(page.Locator("main [data-search-status]")).ToHaveTextAsync(new Regex(@"^Ningún resultado para «celulitiz»\. \d+ resultados? para «celulitis»\.$"));
        (await suggestion.Locator("a").GetAttributeAsync("href")).ShouldEndWith("/es/search/?q=celulitiz&spelling=as-typed");
        (await page.Locator("main .search-result-type").AllInnerTextsAsync()).ShouldAllBe(type => type == "Artículo");
    }

    [Fact]
    public async Task Without_javascript_the_search_box_of_a_Spanish_page_opens_the_Spanish_search_page()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync(browser.Url(KybellaArticle));

        await page.FillAsync("#site-search-input", "papada");
        await page.PressAsync("#site-search-input", "Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/es/search/\?q=papada$"));
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Buscar");
    }

    [Fact]
    public async Task The_Spanish_search_page_with_results_and_with_nothing_found_has_no_axe_violations_and_breaks_no_content_security_policy_rule()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page, browser.Server.BaseUrl);

        await page.GotoAsync(browser.Url("/es/search/?q=grasa+papada"));
        await page.Locator(ResultLinks).First.WaitForAsync();
        var withResults = await Axe.ViolationsAsync(page);
        await page.GotoAsync(browser.Url("/es/search/?q=tatuajes"));
        await Assertions.Expect(page.Locator("main [data-search-status]")).ToHaveTextAsync("Ningún resultado para «tatuajes».");
        await page.Locator("[data-search-nothing] a").First.WaitForAsync();
        var withNothing = await Axe.ViolationsAsync(page);

        withResults.ShouldBeEmpty();
        withNothing.ShouldBeEmpty();
        problems.All.ShouldBeEmpty();
    }

    /// <summary>Types the query into the Spanish search page and returns the result URLs once the count for it is announced.</summary>
    private static async Task<IReadOnlyList<string>> SearchAsync(IPage page, string query)
    {
        await page.FillAsync("#search-page-input", query);
        await page.WaitForFunctionAsync("q => document.querySelector('main [data-search-status]').textContent.includes('«' + q + '»')", query);
        return await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }
}

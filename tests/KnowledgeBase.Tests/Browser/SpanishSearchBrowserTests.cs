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
    [InlineData("se me cae el pelo", "/es/articles/mesoterapia-caida-del-cabello/")]
    [InlineData("mesoterapia para el dolor de espalda", "/es/articles/mesoterapia-para-el-dolor/")]
    [InlineData("flacidez", "/es/articles/mesoterapia-para-rejuvenecer-la-piel/")]
    [InlineData("mesoterapia carísima", "/es/articles/precio-y-liposuccion/")]
    [InlineData("cuidados posteriores", "#daily-life-and-recovery")]
    public async Task A_Spanish_patient_s_words_list_the_Spanish_article_that_answers_them_in_the_top_three(string query, string expected)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/es/search/"));

        var results = await SearchAsync(page, query);

        TestContext.Current.TestOutputHelper?.WriteLine($"'{query}': {string.Join(", ", results)}");
        results.Take(3).ShouldContain(url => url.Contains(expected, StringComparison.Ordinal), string.Join(", ", results));
    }

    [Theory]
    [InlineData("/es/search/", "grasa papada")]
    [InlineData("/es/search/", "celulitis")]
    [InlineData("/es/search/", "caída del cabello")]
    [InlineData("/es/search/", "efectos secundarios")]
    [InlineData("/es/search/", "liposucción")]
    [InlineData("/es/search/", "mesoterapia")]
    [InlineData("/search/", "kybella")]
    [InlineData("/search/", "mesotherapy")]
    [InlineData("/search/", "liposuction")]
    public async Task A_search_lists_only_pages_in_the_language_of_its_search_page(string searchPage, string query)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url(searchPage));

        var results = await SearchAsync(page, query);

        results.ShouldNotBeEmpty();
        var spanish = searchPage.StartsWith("/es/", StringComparison.Ordinal);
        results.ShouldAllBe(url => url.StartsWith("/es/", StringComparison.Ordinal) == spanish);
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
        (await page.Locator("main .search-result-type").AllInnerTextsAsync()).ShouldAllBe(type => type == "Artículo" || type == "Fuente");
    }

    [Theory]
    [InlineData("harugas", "arrugas")]
    [InlineData("cabeyo", "cabello")]
    public async Task The_Spanish_search_page_corrects_a_word_spelt_as_it_sounds_with_a_silent_h_or_y_for_ll(string typed, string meant)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url($"/es/search/?q={typed}"));

        await Assertions.Expect(page.Locator("[data-search-suggestion]")).ToHaveTextAsync($"Se muestran los resultados de {meant}. Buscar en su lugar {typed}.");
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

    /// <summary>Types the query into a search page and returns the result URLs once the count for it is announced (in English or Spanish quotes).</summary>
    private static async Task<IReadOnlyList<string>> SearchAsync(IPage page, string query)
    {
        await page.FillAsync("#search-page-input", query);
        await page.WaitForFunctionAsync(
            "q => ['“' + q + '”', '«' + q + '»'].some(quoted => document.querySelector('main [data-search-status]').textContent.includes(quoted))", query);
        return await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }
}

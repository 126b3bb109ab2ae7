using System.Text.RegularExpressions;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// A query typed in the other language on the real content in Chromium: the search page leads with a link, in that
/// language, to the same search on that language's search page, and says plainly when nothing matched, in its own language.
/// </summary>
public sealed class OtherLanguageSearchBrowserTests(RealSite site) : IClassFixture<RealSite>
{
    private const string ResultLinks = "main [data-search-results] a.search-result-link";

    private const string Offer = "main [data-search-other-language]";

    [Theory]
    [InlineData("/search/", "mesoterapia para la celulitis", "Buscar en español", "es", "/es/search/")]
    [InlineData("/es/search/", "side effects of mesotherapy", "Search in English", "en", "/search/")]
    public async Task A_query_in_the_other_language_leads_with_a_link_in_that_language_that_the_keyboard_follows_to_its_results(
        string searchPage, string query, string linkText, string language, string otherSearchPage)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page, browser.Server.BaseUrl);
        await page.GotoAsync(browser.Url(searchPage + "?q=" + Uri.EscapeDataString(query)));

        var link = page.Locator(Offer + " a");
        await Assertions.Expect(link).ToBeVisibleAsync();
        (await link.InnerTextAsync()).ShouldBe($"{linkText}: {query}");
        (await link.GetAttributeAsync("hreflang")).ShouldBe(language);
        (await link.GetAttributeAsync("lang")).ShouldBe(language);
        var violations = await Axe.ViolationsAsync(page);
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(otherSearchPage + "?q=") + @"[^&]+$"));
        (await page.Locator("#search-page-input").InputValueAsync()).ShouldBe(query);
        await page.Locator(ResultLinks).First.WaitForAsync();
        var results = await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        results.ShouldAllBe(url => url.StartsWith("/es/", StringComparison.Ordinal) == (language == "es"));
        violations.ShouldBeEmpty();
        problems.All.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/search/", "mesoterapia para la celulitis", "/es/articles/mesoterapia-para-la-celulitis/", "es", "En español")]
    [InlineData("/es/search/", "cellulite treatment", "/articles/mesotherapy-for-cellulite/", "en", "In English")]
    public async Task A_query_in_the_other_language_lists_that_language_s_page_among_the_first_results_marked_with_its_language(
        string searchPage, string query, string expectedPage, string language, string label)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page, browser.Server.BaseUrl);
        await page.GotoAsync(browser.Url(searchPage + "?q=" + Uri.EscapeDataString(query)));
        var links = page.Locator(ResultLinks);
        await links.First.WaitForAsync();

        var results = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var place = Array.FindIndex(results, url => url.Split('#')[0] == expectedPage);
        place.ShouldBeInRange(0, 2, $"results: {string.Join(", ", results)}");
        var link = links.Nth(place);
        (await link.GetAttributeAsync("lang")).ShouldBe(language);
        (await link.GetAttributeAsync("hreflang")).ShouldBe(language);
        await Assertions.Expect(link.Locator(".search-result-language")).ToHaveTextAsync(label);
        await Assertions.Expect(page.Locator("main [data-search-status]")).ToContainTextAsync(query);
        var announced = int.Parse(Regex.Match(await page.Locator("main [data-search-status]").InnerTextAsync(), @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        announced.ShouldBeGreaterThanOrEqualTo(results.Length);
        var violations = await Axe.ViolationsAsync(page);
        await page.Locator("#search-page-input").FocusAsync();
        for (var step = 0; step <= place; step++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Assertions.Expect(link).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(expectedPage) + "(#.*)?$"));
        violations.ShouldBeEmpty();
        problems.All.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/search/", "mesoterapia para la celulitis", "en", "es")]
    [InlineData("/es/search/", "side effects of mesotherapy", "es", "en")]
    public async Task A_query_plainly_in_the_other_language_downloads_nothing_of_the_page_language_s_index_and_lists_only_that_language_s_pages(
        string searchPage, string query, string pageLanguage, string language)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(new Uri(request.Url).PathAndQuery);
        await page.GotoAsync(browser.Url(searchPage + "?q=" + Uri.EscapeDataString(query)));
        await Assertions.Expect(page.Locator(Offer)).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var languages = await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('hreflang'))");
        languages.ShouldNotBeEmpty();
        languages.ShouldAllBe(listed => listed == language);
        requested.ShouldContain($"/pagefind/wasm.{language}.pagefind");
        requested.ShouldNotContain(url => url.StartsWith($"/pagefind/wasm.{pageLanguage}.", StringComparison.Ordinal)
            || url.StartsWith($"/pagefind/index/{pageLanguage}_", StringComparison.Ordinal) || url.StartsWith($"/pagefind/fragment/{pageLanguage}_", StringComparison.Ordinal));
        requested.ShouldNotContain(url => url.StartsWith("/pagefind/pagefind.js?", StringComparison.Ordinal), "one copy of Pagefind's script serves both languages");
    }

    [Theory]
    [InlineData("/search/", "cellulite side effects", "results for “cellulite side effects”")]
    [InlineData("/es/search/", "efectos secundarios de la mesoterapia", "resultados para «efectos secundarios de la mesoterapia»")]
    [InlineData("/search/", "kybella", "results for “kybella”")]
    public async Task A_query_in_the_page_language_or_in_words_both_languages_share_offers_no_other_language(string searchPage, string query, string status)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url(searchPage + "?q=" + Uri.EscapeDataString(query)));

        await Assertions.Expect(page.Locator("main [data-search-status]")).ToContainTextAsync(status);
        await page.Locator(ResultLinks).First.WaitForAsync();

        await Assertions.Expect(page.Locator(Offer)).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_Spanish_word_typed_on_the_English_search_is_announced_as_its_Spanish_results_in_Spanish_never_as_no_results()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/search/?q=micobacteria"));
        await page.Locator(ResultLinks).First.WaitForAsync();

        var status = page.Locator("main [data-search-status]");
        await Assertions.Expect(status).ToHaveTextAsync(new Regex(@"^\d+ resultados en español para «micobacteria»\.$"));
        (await status.Locator("[lang='es']").CountAsync()).ShouldBe(1, "a screen reader reads the Spanish count in Spanish");
        var languages = await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('hreflang'))");
        languages.ShouldAllBe(language => language == "es");
    }

    [Fact]
    public async Task The_Spanish_search_page_says_plainly_that_nothing_matched_and_offers_the_Spanish_topics_and_questions()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/es/search/?q=tatuajes"));

        await Assertions.Expect(page.Locator("main [data-search-status]")).ToHaveTextAsync("Ningún resultado para «tatuajes».");
        var nothing = page.Locator("[data-search-nothing]");
        await Assertions.Expect(nothing).ToContainTextAsync("Ningún artículo trata esto.");
        await Assertions.Expect(nothing.Locator("a[href='/es/topics/']")).ToBeVisibleAsync();
        (await nothing.Locator(".question-list a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .ShouldNotBeEmpty();
        (await page.Locator(ResultLinks).CountAsync()).ShouldBe(0);
    }
}

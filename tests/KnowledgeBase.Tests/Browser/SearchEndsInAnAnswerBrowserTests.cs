using KnowledgeBase.SearchEvaluation;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// Every query typed on the real content in Chromium ends in results or in the announced "nothing matched" with the topics
/// and the questions, on each language's search page and in the header box: a patient never sees an empty page.
/// </summary>
public sealed class SearchEndsInAnAnswerBrowserTests(RealSiteInBrowser site) : IClassFixture<RealSiteInBrowser>
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
        var search = await SearchAsync(searchPage, query, SearchBox.OnSearchPage);

        var results = await search.Page.Locator(SearchPageResults + ":visible").CountAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"{searchPage} '{query}': {search.Status} ({results} shown)");
        if (results == 0)
        {
            await ShouldSayNothingMatchedWithTheTopicsAndQuestionsAsync(search);
        }
        else
        {
            search.Status.ShouldNotStartWith(search.NoResults);
            (await search.Page.Locator("[data-search-nothing]").IsVisibleAsync()).ShouldBeFalse();
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
    public async Task A_query_of_stop_words_only_on_a_search_page_ends_in_nothing_matched_with_the_topics_and_questions(string searchPage, string query) =>
        await ShouldSayNothingMatchedWithTheTopicsAndQuestionsAsync(await SearchAsync(searchPage, query, SearchBox.OnSearchPage));

    [Theory]
    [InlineData("/es/", "de la el")]
    [InlineData("/", "the the the")]
    [InlineData("/", "and or but")]
    public async Task A_query_of_stop_words_only_in_the_header_box_says_nothing_matched_and_links_to_the_search_page(string homePage, string query)
    {
        var search = await SearchAsync(homePage, query, SearchBox.InHeader);

        search.Status.ShouldStartWith(search.NoResults);
        (await search.Page.Locator(HeaderResults).CountAsync()).ShouldBe(0);
        (await LastHeaderLinkAsync(search.Page)).ShouldContain("/search/?q=");
    }

    [Theory]
    [InlineData("/es/", "la mesoterapia funciona de verdad o es puro cuento")]
    [InlineData("/es/", "quiero quitarme los rollitos de la barriga sin cirugia")]
    [InlineData("/es/", "¿?!")]
    [InlineData("/", "!!!")]
    public async Task A_query_typed_in_the_header_box_ends_in_results_or_in_a_link_to_the_search_page(string homePage, string query)
    {
        var search = await SearchAsync(homePage, query, SearchBox.InHeader);

        var last = await LastHeaderLinkAsync(search.Page);
        TestContext.Current.TestOutputHelper?.WriteLine($"{homePage} '{query}': {search.Status}, last link {last}");
        (await search.Page.Locator(HeaderResults).CountAsync() > 0 || last.Contains("/search/?q=", StringComparison.Ordinal)).ShouldBeTrue();
    }

    private const string SearchPageResults = "main [data-search-results] a.search-result-link";

    private const string HeaderResults = "header [data-search-results] a.search-result-link";

    /// <summary>A page of the real content after a query typed into one of its search boxes.</summary>
    private sealed record Search(IPage Page, string Status, string NoResults);

    /// <summary>Opens <paramref name="path"/> in a page of its own and types the query into the box <paramref name="box"/> finds there.</summary>
    private async Task<Search> SearchAsync(string path, string query, Func<IPage, SearchBox> box)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Browser.Url(path));
        var noResults = await SearchBox.NoResultsAsync(page);
        return new Search(page, await box(page).SearchAsync(query), noResults);
    }

    /// <summary>The announced "nothing matched", no result, and the topics and the questions offered instead.</summary>
    private static async Task ShouldSayNothingMatchedWithTheTopicsAndQuestionsAsync(Search search)
    {
        search.Status.ShouldStartWith(search.NoResults);
        (await search.Page.Locator(SearchPageResults + ":visible").CountAsync()).ShouldBe(0);
        var nothing = search.Page.Locator("[data-search-nothing]");
        await Assertions.Expect(nothing.Locator("a[href$='/topics/']")).ToBeVisibleAsync();
        (await nothing.Locator(".question-list a:visible").CountAsync()).ShouldBeGreaterThan(0);
    }

    /// <summary>The address of the last link the header box lists, which there always is.</summary>
    private static async Task<string> LastHeaderLinkAsync(IPage page)
    {
        var links = page.Locator("header [data-search-results] a:visible");
        (await links.CountAsync()).ShouldBeGreaterThan(0);
        return (await links.Last.GetAttributeAsync("href"))!;
    }
}

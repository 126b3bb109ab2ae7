using KnowledgeBase.Index;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// A word on every page, many times over ("are"), would close Pagefind's index part holding every rarer word that
/// sorts just before it ("aqualyx"); the generator gives it a part of its own, so that a query of the rare word downloads
/// only the rare word's part (docs/performance.md, "Index parts of words on nearly every page").
/// </summary>
public sealed class IndexPartSearchBrowserTests
{
    [Fact]
    public async Task A_query_of_a_rare_word_finds_its_page_without_downloading_the_part_of_a_word_that_sorts_after_it_on_every_page()
    {
        using var site = new TestSite();
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("This article is for testing.", "Aqualyx is sold in some countries."));
        // Enough positions of one word to take the part it closes well past Pagefind's part size.
        var common = string.Join(" ", Enumerable.Repeat("are", IndexPartSplitter.SplitAbove + 1000));
        site.Write("content/articles/common.md", TestSite.SampleArticle.Replace("What is a sample?", "Common words").Replace("This article is for testing.", $"Some {common}."));
        site.Build().ShouldHaveBuilt("The site with a word on every page");
        var parts = PagefindParts.Of(Path.Combine(site.Output, "pagefind"), "en");
        var rare = parts.Holding("aqualyx");
        var everywhere = parts.Holding("are");
        everywhere.ShouldNotBe(rare, "the common word has a part of its own");

        await using var browser = await BrowserSession.StartAsync(site);
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(new Uri(request.Url).AbsolutePath);
        await page.GotoAsync(browser.Url("/search/?q=aqualyx"));
        var first = page.Locator("main [data-search-results] a.search-result-link").First;
        await first.WaitForAsync();

        (await first.GetAttributeAsync("href")).ShouldStartWith("/articles/sample/");
        requested.ShouldContain($"/pagefind/index/{rare}.pf_index");
        requested.ShouldNotContain($"/pagefind/index/{everywhere}.pf_index");
    }

    [Fact]
    public async Task A_word_that_ends_an_index_part_is_found_alone_and_with_another_word()
    {
        using var site = new TestSite();
        // Positions enough for "bruising" to close the first part (not enough to split it): Pagefind ends that part at the
        // shortest beginning of its last word ("b"), the index stage at the word's stem whole.
        var bruising = string.Join(" ", Enumerable.Repeat("bruising", IndexPartSplitter.PartPositions));
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("This article is for testing.", $"Vitamin K creams. {bruising}."));
        // Three pages with both words, and one with "vitamin" only, which the search page's looser searches list below them.
        site.Write("content/articles/bruises.md", TestSite.SampleArticle.Replace("What is a sample?", "Bruises").Replace("This article is for testing.", "Vitamin K and bruising."));
        site.Write("content/articles/creams.md", TestSite.SampleArticle.Replace("What is a sample?", "Creams").Replace("This article is for testing.", "Creams with vitamin K after bruising."));
        site.Write("content/articles/serums.md", TestSite.SampleArticle.Replace("What is a sample?", "Serums").Replace("This article is for testing.", "Vitamin C serums."));
        site.Build().ShouldHaveBuilt("The site whose first index part ends at a word on thousands of positions");
        var parts = PagefindParts.Of(Path.Combine(site.Output, "pagefind"), "en");
        parts.All[0].To.ShouldBe("bruis");

        await using var browser = await BrowserSession.StartAsync(site);
        string[] withBruising = ["/articles/bruises/", "/articles/creams/", "/articles/sample/"];
        (await ResultPagesAsync(browser, "bruising")).ShouldBe(withBruising, ignoreOrder: true);
        // With Pagefind's bounds, Pagefind before 1.5 looked such a word up only when no word of the search had a part, so
        // here it searched "vitamin" alone and listed the serums article among the pages with both words.
        (await ResultPagesAsync(browser, "vitamin bruising")).Take(withBruising.Length).ShouldBe(withBruising, ignoreOrder: true);
    }

    [Fact]
    public async Task A_query_of_a_word_that_ends_an_index_part_does_not_download_the_part_of_a_word_it_begins_with()
    {
        using var site = new TestSite();
        // "do" on every page takes a part of its own, from "do" to "do"; "dollar" closes the next part, which Pagefind ends
        // at "dol" (what tells it from "dose"), so that a query of "dollar" matched the bounds of "do", cut to two letters.
        var common = string.Join(" ", Enumerable.Repeat("do", IndexPartSplitter.SplitAbove + 1000));
        site.Write("content/articles/common.md", TestSite.SampleArticle.Replace("What is a sample?", "Common words").Replace("This article is for testing.", $"Some {common}."));
        var dollar = string.Join(" ", Enumerable.Repeat("dollar", IndexPartSplitter.PartPositions));
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("This article is for testing.", $"Prices in {dollar}, per dose."));
        site.Build().ShouldHaveBuilt("The site with a word on every page that begins another word");
        var parts = PagefindParts.Of(Path.Combine(site.Output, "pagefind"), "en");
        var everywhere = parts.Holding("do");

        await using var browser = await BrowserSession.StartAsync(site);
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(new Uri(request.Url).AbsolutePath);
        await page.GotoAsync(browser.Url("/search/?q=dollar"));
        var first = page.Locator("main [data-search-results] a.search-result-link").First;
        await first.WaitForAsync();

        (await first.GetAttributeAsync("href")).ShouldStartWith("/articles/sample/");
        requested.ShouldNotContain($"/pagefind/index/{everywhere}.pf_index");
    }

    /// <summary>The pages (without their sections' anchors) that the search page lists for a query, in order, each once.</summary>
    private static async Task<string[]> ResultPagesAsync(BrowserSession browser, string query)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url($"/search/?q={Uri.EscapeDataString(query)}"));
        var links = page.Locator("main [data-search-results] a.search-result-link");
        await links.First.WaitForAsync();
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
        return hrefs.Select(href => href.Split('#')[0]).Distinct().ToArray();
    }
}

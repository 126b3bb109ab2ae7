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
}

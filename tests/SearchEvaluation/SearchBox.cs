using Microsoft.Playwright;

namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// A search box on an open page, the search page's or the header's, typed into as a reader would, with the live region
/// that announces what it found.
/// </summary>
public sealed class SearchBox
{
    private readonly IPage _page;
    private readonly string _input;
    private readonly string _status;

    private SearchBox(IPage page, string input, string status)
    {
        _page = page;
        _input = input;
        _status = status;
    }

    /// <summary>The box in a search page's main part (<c>/search/</c> or a language's).</summary>
    public static SearchBox OnSearchPage(IPage page) => new(page, "#search-page-input", "main [data-search-status]");

    /// <summary>The box in every page's header, which lists its first results under it.</summary>
    public static SearchBox InHeader(IPage page) => new(page, "#site-search-input", "header [data-search-status]");

    /// <summary>
    /// Types the query and waits until the live region announces it, quoted as the page's language quotes it or as the
    /// other language does when only that language's results are announced.
    /// </summary>
    public async Task<string> SearchAsync(string query)
    {
        await _page.FillAsync(_input, query);
        await _page.WaitForFunctionAsync(
            $"q => ['“' + q + '”', '«' + q + '»'].some(quoted => document.querySelector('{_status}')?.textContent.includes(quoted))", query.Trim());
        return await _page.Locator(_status).InnerTextAsync();
    }

    /// <summary>
    /// How the open page's status begins when nothing matched: a page in another language than English gives the search
    /// script its words (the <c>search-words</c> block), whose "no results" sentence is cut at the query; the English
    /// page uses the script's own.
    /// </summary>
    public static async Task<string> NoResultsAsync(IPage page)
    {
        var words = await page.EvaluateAsync<string?>("() => { const words = document.getElementById('search-words'); return words && JSON.parse(words.textContent).noResults; }");
        return words is null ? "No results" : words[..words.IndexOf("{query}", StringComparison.Ordinal)];
    }
}

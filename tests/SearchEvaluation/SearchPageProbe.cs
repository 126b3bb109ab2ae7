using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KnowledgeBase.SearchEvaluation;

/// <summary>Runs a query through the site's own search page in a browser, as a patient would, and reads what it shows.</summary>
public sealed class SearchPageProbe(IPage page, string siteUrl)
{
    private const string ResultLinks = "main [data-search-results] a.search-result-link";

    private string? _openSearchPage;
    private string _noResults = "";
    private readonly Dictionary<string, string> _pageTexts = new(StringComparer.Ordinal);

    /// <summary>
    /// Types the query into the search page at <paramref name="searchPage"/> (<c>/search/</c> or a language's), as a
    /// reader would, and waits until the page reports on it, quoted as the page's language quotes it or as the other
    /// language does when only that language's results are announced.
    /// </summary>
    public async Task<SearchOutcome> SearchAsync(string query, string searchPage = JudgementSet.DefaultSearchPage)
    {
        if (_openSearchPage != searchPage)
        {
            await OpenAsync(searchPage);
        }

        var status = await SearchBox.OnSearchPage(page).SearchAsync(query);
        var results = await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var topicsOffered = await page.Locator("main a[href*='/topics/']:visible").CountAsync() > 0;
        var marked = await page.Locator(ResultLinks).EvaluateAllAsync<string[][]>(
            "links => links.map(a => [...a.closest('li').querySelectorAll('.search-result-excerpt mark')].map(mark => mark.textContent))");
        var titles = await page.Locator(ResultLinks).EvaluateAllAsync<string[]>(
            "links => links.map(a => [...a.querySelectorAll('.search-result-title, .search-result-section')].map(span => span.textContent).join(' '))");
        return new SearchOutcome(results, results.Length == 0 && status.StartsWith(_noResults, StringComparison.Ordinal) && topicsOffered)
        {
            Translations = await TranslationsAsync(),
            Marked = marked,
            Titles = titles,
            Corrected = await page.Locator("main [data-search-suggestion]:visible strong").CountAsync() > 0
                ? await page.Locator("main [data-search-suggestion] strong").InnerTextAsync() : null,
            PageTexts = await PageTextsAsync(results),
        };
    }

    /// <summary>Opens a search page and reads how it says that nothing matched.</summary>
    private async Task OpenAsync(string searchPage)
    {
        await page.GotoAsync(siteUrl + searchPage);
        _openSearchPage = searchPage;
        _noResults = await SearchBox.NoResultsAsync(page);
    }

    /// <summary>
    /// For each result marked as another language's (its <c>hreflang</c>), the same section of the page its page names as
    /// its version in the search page's language (<c>link rel="alternate"</c>).
    /// </summary>
    private async Task<Dictionary<string, string>> TranslationsAsync()
    {
        var pairs = await page.Locator(ResultLinks + "[hreflang]").EvaluateAllAsync<string[][]>("""
            links => Promise.all(links.map(async link => {
              const html = await (await fetch(link.href)).text();
              const here = document.documentElement.lang;
              const original = new DOMParser().parseFromString(html, "text/html").querySelector(`link[rel=alternate][hreflang="${here}"]`);
              return original ? [link.getAttribute("href"), new URL(original.href).pathname + new URL(link.href).hash] : null;
            })).then(pairs => pairs.filter(Boolean))
            """);
        return pairs.DistinctBy(pair => pair[0]).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
    }

    /// <summary>The text of each result's page (its indexed body), each page fetched once.</summary>
    private async Task<IReadOnlyList<string>> PageTextsAsync(IEnumerable<string> results)
    {
        var texts = new List<string>();
        foreach (var address in results.Select(result => result.Split('#')[0]))
        {
            if (!_pageTexts.TryGetValue(address, out var text))
            {
                text = await page.EvaluateAsync<string>("""
                    async address => {
                      const html = await (await fetch(address)).text();
                      const parsed = new DOMParser().parseFromString(html, "text/html");
                      return (parsed.querySelector("[data-pagefind-body]") ?? parsed.body).textContent;
                    }
                    """, address);
                _pageTexts[address] = text;
            }

            texts.Add(text);
        }

        return texts;
    }

    /// <summary>
    /// A probe whose search page lists every result the search ranks instead of its first ten. The page offers a reader no
    /// more than ten (no further pages), so to see how deep the answers sit this probe's page gets the site's search
    /// script with its count of shown results (<c>PageResults</c>) raised to all of them; nothing else of the search changes.
    /// Fails when the script no longer declares that count as it expects.
    /// </summary>
    public static async Task<SearchPageProbe> EveryResultAsync(IPage page, string siteUrl)
    {
        const string shownOnPage = "const PageResults = 10;";
        var raised = false;
        await page.RouteAsync(new Regex(@"/search(\.[0-9a-f]+)?\.js$"), async route =>
        {
            var response = await route.FetchAsync();
            var script = await response.TextAsync();
            raised = script.Contains(shownOnPage, StringComparison.Ordinal);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = script.Replace(shownOnPage, "const PageResults = Infinity;", StringComparison.Ordinal) });
        });
        var probe = new SearchPageProbe(page, siteUrl);
        await probe.OpenAsync(JudgementSet.DefaultSearchPage);
        return raised ? probe
            : throw new InvalidOperationException($"The search page's script does not declare \"{shownOnPage}\", which the depth of the answers raises.");
    }

    /// <summary>Scores every query of a set, in order, each typed into the set's search page.</summary>
    public async Task<IReadOnlyList<RelevanceScore>> ScoreAsync(JudgementSet set)
    {
        var scores = new List<RelevanceScore>();
        foreach (var query in set.Queries)
        {
            scores.Add(RelevanceScore.Of(query, await SearchAsync(query.Query, set.SearchPage)));
        }

        return scores;
    }
}

using Microsoft.Playwright;

namespace KnowledgeBase.SearchEvaluation;

/// <summary>Runs a query through the site's own search page in a browser, as a patient would, and reads what it shows.</summary>
public sealed class SearchPageProbe(IPage page, string siteUrl)
{
    private const string Status = "main [data-search-status]";
    private const string ResultLinks = "main [data-search-results] a.search-result-link";
    private const string Correction = "main [data-search-suggestion]:not([hidden]) strong";

    private bool _opened;

    /// <summary>
    /// Types the query into the search page, as a reader would, and waits until the page reports on it, quoted as the
    /// page's language quotes it or as the other language does when only that language's results are announced.
    /// </summary>
    public async Task<SearchOutcome> SearchAsync(string query)
    {
        if (!_opened)
        {
            await page.GotoAsync($"{siteUrl}/search/");
            _opened = true;
        }

        await page.FillAsync("#search-page-input", query);
        await page.WaitForFunctionAsync(
            $"q => ['“' + q + '”', '«' + q + '»'].some(quoted => document.querySelector('{Status}')?.textContent.includes(quoted))", query.Trim());
        var results = await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var status = await page.Locator(Status).InnerTextAsync();
        var topicsOffered = await page.Locator("main a[href*='/topics/']:visible").CountAsync() > 0;
        return new SearchOutcome(results, results.Length == 0 && status.StartsWith("No results", StringComparison.Ordinal) && topicsOffered)
        {
            Translations = await TranslationsAsync(),
            Correction = await page.Locator(Correction).CountAsync() > 0 ? await page.Locator(Correction).InnerTextAsync() : null,
        };
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

    /// <summary>Scores every query of a set, in order.</summary>
    public async Task<IReadOnlyList<RelevanceScore>> ScoreAsync(JudgementSet set)
    {
        var scores = new List<RelevanceScore>();
        foreach (var query in set.Queries)
        {
            scores.Add(RelevanceScore.Of(query, await SearchAsync(query.Query)));
        }

        return scores;
    }
}

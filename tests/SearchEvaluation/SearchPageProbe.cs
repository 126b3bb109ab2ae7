using Microsoft.Playwright;

namespace KnowledgeBase.SearchEvaluation;

/// <summary>Runs a query through the site's own search page in a browser, as a patient would, and reads what it shows.</summary>
public sealed class SearchPageProbe(IPage page, string siteUrl)
{
    private const string Status = "main [data-search-status]";
    private const string ResultLinks = "main [data-search-results] a.search-result-link";

    public async Task<SearchOutcome> SearchAsync(string query)
    {
        await page.GotoAsync($"{siteUrl}/search/?q={Uri.EscapeDataString(query)}");
        await page.WaitForFunctionAsync($"() => document.querySelector('{Status}')?.textContent.trim() !== ''");
        var results = await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var status = await page.Locator(Status).InnerTextAsync();
        var topicsOffered = await page.Locator("main a[href*='/topics/']:visible").CountAsync() > 0;
        return new SearchOutcome(results, results.Length == 0 && status.StartsWith("No results", StringComparison.Ordinal) && topicsOffered);
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

using Microsoft.Playwright;

namespace KnowledgeBase.SearchBenchmark;

/// <summary>
/// Measures in Chromium the bytes a reader downloads for each query of each sequence and prints a table row per query
/// with its budget. A query is held to the first query's budget when it is the page's first, and when it is the first
/// to search a language's index there, which loads that language's Pagefind (its WebAssembly): it is that language's
/// first query. Another language's vocabulary alone, which the page reads to tell whether a query is in that language,
/// is part of a later query.
/// </summary>
public static class QuerySequences
{
    public const double FirstQueryBudgetKb = 250;
    public const double LaterQueryBudgetKb = 80;

    public static void PrintHeader()
    {
        Console.WriteLine($"Bytes transferred per query (gzip as a CDN serves it; the search scripts and vocabulary the page loads before it counted in its first query); budgets: first query {FirstQueryBudgetKb} KB, later ones {LaterQueryBudgetKb} KB.");
        Console.WriteLine();
        Console.WriteLine("| page | box | query | KB | of which index parts | of which excerpts | requests | budget |");
        Console.WriteLine("|---|---|---|---:|---:|---:|---:|---|");
    }

    /// <summary>Types each sequence into a fresh page and prints a row per query; returns how many were over their budget.</summary>
    public static async Task<int> MeasureAsync(IBrowser browser, string baseUrl, IEnumerable<QuerySequence> sequences)
    {
        var over = 0;
        foreach (var sequence in sequences)
        {
            over += await MeasureAsync(browser, baseUrl, sequence);
        }

        return over;
    }

    private static async Task<int> MeasureAsync(IBrowser browser, string baseUrl, QuerySequence sequence)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var transfers = new TransferLog(page);
        await page.GotoAsync(baseUrl + sequence.Path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var searchScripts = (await transfers.TakeAsync()).Where(request => IsSearchScript(request.Url)).Sum(request => request.Bytes);
        var box = sequence.HeaderBox ? "header" : "main";
        var over = 0;
        for (var i = 0; i < sequence.Queries.Count; i++)
        {
            var query = sequence.Queries[i];
            await page.FillAsync(sequence.HeaderBox ? "#site-search-input" : "main [data-search-input]", query);
            await page.WaitForFunctionAsync(
                "([box, q]) => ['“' + q + '”', '«' + q + '»'].some((quoted) => document.querySelector(box + ' [data-search-status]').textContent.includes(quoted))",
                new[] { box, query }, new PageWaitForFunctionOptions { Timeout = 60_000 });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var requests = await transfers.TakeAsync();
            var kb = (requests.Sum(request => request.Bytes) + (i == 0 ? searchScripts : 0)) / 1024.0;
            var loads = requests.Select(request => new Uri(request.Url).AbsolutePath)
                .Where(path => path.Contains("/pagefind/wasm.", StringComparison.Ordinal))
                .ToList();
            var budget = i == 0 || loads.Count > 0 ? FirstQueryBudgetKb : LaterQueryBudgetKb;
            over += kb > budget ? 1 : 0;
            var order = (i == 0 ? "first" : $"after “{sequence.Queries[i - 1]}”") + (loads.Count == 0 ? "" : $"; loads {string.Join(", ", loads)}");
            Console.WriteLine($"| {sequence.Path} | {(sequence.HeaderBox ? "header" : "page")} | {query} ({order}) | {kb:0.0} | {KilobytesUnder(requests, "/pagefind/index/"):0.0} | {KilobytesUnder(requests, "/pagefind/fragment/"):0.0} | {requests.Count} | {(kb > budget ? "**over**" : "within")} {budget} KB |");
        }

        return over;
    }

    /// <summary>What the requests under one of Pagefind's folders transferred: its index parts or its pages' excerpts.</summary>
    private static double KilobytesUnder(IEnumerable<(string Url, long Bytes)> requests, string folder) =>
        requests.Where(request => new Uri(request.Url).AbsolutePath.Contains(folder, StringComparison.Ordinal)).Sum(request => request.Bytes) / 1024.0;

    private static bool IsSearchScript(string url) =>
        url.Contains("/assets/search", StringComparison.Ordinal) || url.Contains("/pagefind/", StringComparison.Ordinal) || url.Contains("/search/", StringComparison.Ordinal) && url.EndsWith(".json", StringComparison.Ordinal);
}

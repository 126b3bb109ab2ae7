using KnowledgeBase.Building;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.SearchBenchmark;

/// <summary>
/// Measures on the real site, in Chromium, the bytes a reader downloads for queries in the other language on each
/// search page: as the page's first query, after a query in the page's language, and a second such query; and, for
/// comparison, a later query in the page's language. A query that loads a language's Pagefind (its WebAssembly) for
/// the first time is held to the first query's budget, as in the header box's benchmark.
/// </summary>
public static class OtherLanguageQueries
{
    private const double FirstQueryBudgetKb = 250;
    private const double LaterQueryBudgetKb = 80;

    /// <summary>One search page and the queries typed into it, each sequence on a page of its own with an empty cache.</summary>
    private sealed record SearchPage(string Path, IReadOnlyList<IReadOnlyList<string>> Sequences);

    private static readonly SearchPage[] Pages =
    [
        new("/search/", [["cellulite", "mesoterapia para la celulitis", "efectos secundarios de la mesoterapia"], ["mesoterapia para la celulitis"], ["cellulite", "side effects of mesotherapy"]]),
        new("/es/search/", [["celulitis", "cellulite treatment", "side effects of mesotherapy"], ["side effects of mesotherapy"], ["celulitis", "efectos secundarios de la mesoterapia"]]),
    ];

    public static async Task<int> MeasureAsync(string repository)
    {
        var output = Path.Combine(Path.GetTempPath(), "kb-search-benchmark-" + Guid.NewGuid().ToString("N"));
        try
        {
            var build = new SiteBuilder(TimeProvider.System).Build(new BuildOptions(repository, output));
            if (!build.Succeeded)
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, build.Diagnostics.Take(10)));
                return 1;
            }

            await using var server = await StaticSiteServer.StartAsync(output, compress: true);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("CHROME_PATH") ?? "/usr/bin/chromium",
                Args = ["--no-sandbox"],
            });

            Console.WriteLine("# Search benchmark: queries in the other language on the real site");
            Console.WriteLine();
            Console.WriteLine($"Bytes transferred per query typed into the search page (gzip as a CDN serves it); budgets: first query {FirstQueryBudgetKb} KB, later ones {LaterQueryBudgetKb} KB.");
            Console.WriteLine();
            Console.WriteLine("| page | query | KB | requests | budget |");
            Console.WriteLine("|---|---|---:|---:|---|");
            var over = 0;
            foreach (var searchPage in Pages)
            {
                foreach (var sequence in searchPage.Sequences)
                {
                    over += await MeasureSequenceAsync(browser, server.BaseUrl + searchPage.Path, searchPage.Path, sequence);
                }
            }

            Console.WriteLine();
            Console.WriteLine(over == 0 ? "Every query within its budget." : $"{over} queries over their budget.");
            return 0;
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>Types one sequence of queries into a fresh search page and prints a row per query; returns how many were over budget.</summary>
    private static async Task<int> MeasureSequenceAsync(IBrowser browser, string url, string path, IReadOnlyList<string> queries)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var transfers = new TransferLog(page);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        // The search scripts the page loads before any query count towards the first query, as in the header benchmark.
        var searchScripts = (await transfers.TakeAsync()).Where(request => IsSearchScript(request.Url)).Sum(request => request.Bytes);
        var over = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            await page.FillAsync("main [data-search-input]", queries[i]);
            await page.WaitForFunctionAsync(
                "q => ['“' + q + '”', '«' + q + '»'].some((quoted) => document.querySelector('main [data-search-status]').textContent.includes(quoted))",
                queries[i], new PageWaitForFunctionOptions { Timeout = 60_000 });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var requests = await transfers.TakeAsync();
            var kb = (requests.Sum(request => request.Bytes) + (i == 0 ? searchScripts : 0)) / 1024.0;
            var loadsPagefind = requests.FirstOrDefault(request => request.Url.Contains("/pagefind/wasm.", StringComparison.Ordinal)).Url;
            var budget = i == 0 || loadsPagefind is not null ? FirstQueryBudgetKb : LaterQueryBudgetKb;
            over += kb > budget ? 1 : 0;
            var order = (i == 0 ? "first" : $"after “{queries[i - 1]}”") + (loadsPagefind is null ? "" : $"; loads {Path.GetFileName(new Uri(loadsPagefind).AbsolutePath)}");
            Console.WriteLine($"| {path} | {queries[i]} ({order}) | {kb:0.0} | {requests.Count} | {(kb > budget ? "over" : "within")} {budget} KB |");
        }

        return over;
    }

    private static bool IsSearchScript(string url) =>
        url.Contains("/assets/search", StringComparison.Ordinal) || url.Contains("/pagefind/", StringComparison.Ordinal) || url.Contains("/search/", StringComparison.Ordinal) && url.EndsWith(".json", StringComparison.Ordinal);
}

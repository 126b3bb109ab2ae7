using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Building;
using KnowledgeBase.Content;
using KnowledgeBase.Index;
using KnowledgeBase.SearchBenchmark;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;

// Usage: dotnet run --project tests/SearchBenchmark -c Release -- [articles (default 5000)]
//        dotnet run --project tests/SearchBenchmark -c Release -- --other-languages
// Builds a synthetic site, indexes it, and measures in Chromium the bytes one reader downloads per query; with
// --other-languages, builds the real site and measures queries in the other language on each search page.
if (args.FirstOrDefault() == "--other-languages")
{
    return await OtherLanguageQueries.MeasureAsync(RepositoryPaths.Root);
}

var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
// The last two are words of neither the synonym groups nor nearly every page, so Pagefind answers them.
string[] queries = ["hair loss", "cellulite", "liposuction cost", "side effects of mesotherapy", "fat dissolving injections", "kybela", "does it hurt", "bruising", "collagen"];
var repository = RepositoryPaths.Root;
var work = Path.Combine(Path.GetTempPath(), "kb-search-benchmark-" + Guid.NewGuid().ToString("N"));
var output = Path.Combine(work, "_site");
try
{
    var site = new SyntheticSite(repository, work);
    site.Write(articles);

    var build = new SiteBuilder(TimeProvider.System).Build(new BuildOptions(work, output));
    if (!build.Succeeded)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, build.Diagnostics.Take(10)));
        return 1;
    }

    // Index again on its own, to time the index stage apart from load, render and emit.
    var indexing = Stopwatch.StartNew();
    new PagefindIndexer(work).Index(output);
    indexing.Stop();

    var bundle = new DirectoryInfo(Path.Combine(output, "pagefind")).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
    Console.WriteLine($"# Search benchmark: {articles} synthetic articles");
    Console.WriteLine();
    Console.WriteLine($"- whole build (load, render, emit, index): {build.Elapsed.TotalSeconds:0.0} s for {build.PagesWritten} pages");
    Console.WriteLine($"- index stage alone (Pagefind): {indexing.Elapsed.TotalSeconds:0.0} s");
    Console.WriteLine($"- index size: {bundle.Sum(file => file.Length) / 1024.0:0} KB in {bundle.Count} files " +
        $"(of which the search data, index/ fragment/ filter/ and meta: {bundle.Where(IsSearchData).Sum(file => file.Length) / 1024.0:0} KB in {bundle.Count(IsSearchData)} files)");
    var vocabulary = new FileInfo(Path.Combine(output, SiteUrls.SearchVocabularyOutputPath));
    Console.WriteLine($"- vocabulary for synonyms and spelling: {vocabulary.Length / 1024.0:0} KB");

    await using var server = await StaticSiteServer.StartAsync(output, compress: true);
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROME_PATH") ?? "/usr/bin/chromium",
        Args = ["--no-sandbox"],
    });
    var page = await browser.NewPageAsync();
    var transfers = new TransferLog(page);
    async Task<(long Bytes, int Count, long SearchScript, bool Library)> TakeTransferred()
    {
        var requests = await transfers.TakeAsync();
        return (requests.Sum(request => request.Bytes), requests.Count,
            requests.Where(request => request.Url.Contains("/assets/search.", StringComparison.Ordinal)).Sum(request => request.Bytes),
            requests.Any(request => request.Url.Contains("/pagefind/wasm.", StringComparison.Ordinal)));
    }

    await page.GotoAsync(server.BaseUrl + "/articles/synthetic-00042/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
    var searchScript = (await TakeTransferred()).SearchScript;
    Console.WriteLine();
    Console.WriteLine("Bytes transferred per query, typed into the header search box of an article page (gzip as a CDN serves it):");
    Console.WriteLine();
    Console.WriteLine("| query | bytes | requests |");
    Console.WriteLine("|---|---:|---:|");
    var first = true;
    foreach (var query in queries)
    {
        await page.FillAsync("#site-search-input", query);
        await page.WaitForFunctionAsync("q => document.querySelector('header [data-search-status]').textContent.includes('for “' + q + '”')", query,
            new PageWaitForFunctionOptions { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var (bytes, requests, _, library) = await TakeTransferred();
        bytes += first ? searchScript : 0;
        // A query answered from the lists of words on nearly every page loads no Pagefind, so the first query to
        // load its library and WebAssembly may come later: it is marked, since the first-query target counts them.
        var notes = string.Join("; ", new[] { first ? "first: search scripts and vocabulary included" : null, library ? "loads Pagefind's library and WebAssembly" : null }.OfType<string>());
        Console.WriteLine($"| {query}{(notes.Length > 0 ? $" ({notes})" : "")} | {bytes / 1024.0:0.0} KB | {requests} |");
        first = false;
    }

    return 0;
}
finally
{
    if (Directory.Exists(work))
    {
        Directory.Delete(work, recursive: true);
    }
}

static bool IsSearchData(FileInfo file) =>
    file.Directory!.Name is "index" or "fragment" or "filter" || file.Extension == ".pf_meta";

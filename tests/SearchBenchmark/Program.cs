using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Building;
using KnowledgeBase.Content;
using KnowledgeBase.Index;
using KnowledgeBase.SearchBenchmark;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;

// Usage: dotnet run --project tests/SearchBenchmark -c Release -- [articles (default 5000)]
//        dotnet run --project tests/SearchBenchmark -c Release -- --real-site
// Builds a synthetic site (each article with a Spanish translation), indexes it, and measures in Chromium the bytes one
// reader downloads per query, in the header box and on both search pages, in the page's language and the other one;
// with --real-site, the same kinds of query on the real site.
var realSite = args.FirstOrDefault() == "--real-site";
var articles = !realSite && args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
var repository = RepositoryPaths.Root;
var work = Path.Combine(Path.GetTempPath(), "kb-search-benchmark-" + Guid.NewGuid().ToString("N"));
var output = Path.Combine(work, "_site");
try
{
    var root = repository;
    if (!realSite)
    {
        new SyntheticSite(repository, work).Write(articles);
        root = work;
    }

    var build = new SiteBuilder(TimeProvider.System).Build(new BuildOptions(root, output));
    if (!build.Succeeded)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, build.Diagnostics.Take(10)));
        return 1;
    }

    Console.WriteLine(realSite ? "# Search benchmark: the real site" : $"# Search benchmark: {articles} synthetic articles, each with a Spanish translation");
    Console.WriteLine();
    if (!realSite)
    {
        // Index again on its own, to time the index stage apart from load, render and emit; into an empty folder, as a
        // build does, since the first index's split parts would otherwise stay beside the new one's.
        Directory.Delete(Path.Combine(output, "pagefind"), recursive: true);
        var indexing = Stopwatch.StartNew();
        new PagefindIndexer(work).Index(output);
        indexing.Stop();
        var bundle = new DirectoryInfo(Path.Combine(output, "pagefind")).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        Console.WriteLine($"- whole build (load, render, emit, index): {build.Elapsed.TotalSeconds:0.0} s for {build.PagesWritten} pages");
        Console.WriteLine($"- index stage alone (Pagefind, then the split of its parts): {indexing.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"- index size: {bundle.Sum(file => file.Length) / 1024.0:0} KB in {bundle.Count} files " +
            $"(of which the search data, index/ fragment/ filter/ and meta: {bundle.Where(IsSearchData).Sum(file => file.Length) / 1024.0:0} KB in {bundle.Count(IsSearchData)} files)");
        var vocabulary = new FileInfo(Path.Combine(output, SiteUrls.SearchVocabularyOutputPath));
        Console.WriteLine($"- English vocabulary for synonyms and spelling: {vocabulary.Length / 1024.0:0} KB");
        foreach (var folder in new[] { "search/words", "es/search/words" })
        {
            var lists = new DirectoryInfo(Path.Combine(output, folder)).GetFiles();
            Console.WriteLine($"- word lists in {folder}/: {lists.Length}, {lists.Sum(file => file.Length) / 1024.0:0} KB");
        }
    }

    // A later query loads at most every part of its language's index: on a small site, a few parts hold all its words.
    foreach (var language in new DirectoryInfo(Path.Combine(output, "pagefind", "index")).GetFiles().GroupBy(file => file.Name[..file.Name.IndexOf('_')]).OrderBy(group => group.Key))
    {
        Console.WriteLine($"- index parts of the {language.Key} pages: {language.Count()}, {language.Sum(file => file.Length) / 1024.0:0.0} KB (compressed as written), {language.Max(file => file.Length) / 1024.0:0.0} KB the largest");
    }

    Console.WriteLine();
    await using var server = await StaticSiteServer.StartAsync(output, compress: true);
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROME_PATH") ?? "/usr/bin/chromium",
        Args = ["--no-sandbox"],
    });
    QuerySequences.PrintHeader();
    var over = await QuerySequences.MeasureAsync(browser, server.BaseUrl, realSite ? RealSiteSequences() : SyntheticSequences());
    Console.WriteLine();
    Console.WriteLine(over == 0 ? "Every query within its budget." : $"{over} queries over their budget.");
    return 0;
}
finally
{
    if (Directory.Exists(work))
    {
        Directory.Delete(work, recursive: true);
    }
}

// The header box first: its words of the synonym groups and of nearly every page are answered from the word lists,
// "kybela" is corrected (the first query with a word the site does not have, which fetches the ordinary words);
// "bruising" and "collagen", rare words, are answered by Pagefind, "studies", a common word, by its list, and
// "aqualyx prescription" and "lidocaine reactions", two words on too few pages to be listed, by Pagefind again, as is
// "injuries", a word on as few that sorts just before a word on every page ("is"), as "aqualyx" does before "are": Pagefind
// puts each in that word's part, and the index stage gives the common word a part of its own. On each search page, a
// rare and a common word, a misspelling, and the other language's queries after them, as the page's first query, and
// after a query the word lists answer.
static QuerySequence[] SyntheticSequences() =>
[
    new("/articles/synthetic-00042/", HeaderBox: true, ["hair loss", "cellulite", "liposuction cost", "side effects of mesotherapy", "fat dissolving injections", "kybela", "does it hurt", "bruising", "collagen", "mesotherapy studies", "aqualyx prescription", "lidocaine reactions", "injuries"]),
    new("/search/", HeaderBox: false, ["bruising", "collagen", "mesotherapy studies", "aqualyx prescription", "lidocaine reactions", "kybela", "mesoterapia para la celulitis", "efectos secundarios de la mesoterapia", "estudios de mesoterapia"]),
    new("/search/", HeaderBox: false, ["mesoterapia para la celulitis", "efectos secundarios de la mesoterapia"]),
    new("/search/", HeaderBox: false, ["cellulite", "side effects of mesotherapy", "bruising"]),
    new("/es/search/", HeaderBox: false, ["colágeno", "moratones", "estudios de mesoterapia", "celulitsi", "cellulite treatment", "side effects of mesotherapy", "mesotherapy studies"]),
    new("/es/search/", HeaderBox: false, ["side effects of mesotherapy", "cellulite treatment"]),
    new("/es/search/", HeaderBox: false, ["celulitis", "efectos secundarios de la mesoterapia", "colágeno"]),
];

// The real site has fewer pages than the generator writes word lists for, so every query is answered by Pagefind.
static QuerySequence[] RealSiteSequences() =>
[
    new("/articles/what-is-mesotherapy/", HeaderBox: true, ["hair loss", "cellulite", "kybela", "bruising"]),
    new("/search/", HeaderBox: false, ["cellulite", "mesoterapia para la celulitis", "efectos secundarios de la mesoterapia"]),
    new("/search/", HeaderBox: false, ["mesoterapia para la celulitis"]),
    new("/search/", HeaderBox: false, ["cellulite", "side effects of mesotherapy", "mesotheraphy"]),
    new("/es/search/", HeaderBox: false, ["celulitis", "cellulite treatment", "side effects of mesotherapy"]),
    new("/es/search/", HeaderBox: false, ["side effects of mesotherapy"]),
    new("/es/search/", HeaderBox: false, ["celulitis", "efectos secundarios de la mesoterapia", "celulitsi"]),
];

static bool IsSearchData(FileInfo file) =>
    file.Directory!.Name is "index" or "fragment" or "filter" || file.Extension == ".pf_meta";

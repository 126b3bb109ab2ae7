using System.Globalization;
using KnowledgeBase.Building;
using KnowledgeBase.SearchEvaluation;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;

// Usage: dotnet run --project tests/SearchEvaluation [-- --set tuning|tuning-2|tuning-3|tuning-4|tuning-es|held-out|held-out-2|held-out-3|held-out-4|held-out-5|held-out-6|held-out-7|held-out-8|held-out-9|held-out-es] [--worst N] [--lost] [--targets-only] [--junk] [--junk-share S] [--corrections] [--depth]
// (--set may be given several times: "--set tuning --set tuning-2 --set tuning-3" builds the site once for the three.)
// Refuses a set file with a key it does not know or a search_page that is not a search page (file:line:column, exit 1).
// Builds the real site and refuses to go on if a judged page or section is not on it (each printed as file:line:
// query: target, exit 1; --targets-only stops after this check, before any query runs). Then types every judged query
// into the search page its set names in Chromium (the English /search/ unless the set says search_page: /es/search/),
// prints each set's figures,
// overall and by kind of query, and the worst queries of the tuning set; with --lost, the tuning set's table of what
// stood above each query's first answer (LostRank) and each such query with the results above its answer. Without --set every set runs; ranking is
// tuned on the tuning set only. A held-out set's queries are printed only when asked for with --worst, since a set
// whose failures have been read no longer measures blind. With --junk, each set's count of shown results that match no
// meaningful word (JunkResults, in the language of the set's search page: a question word of that page's vocabulary, or a
// word on at least --junk-share of that language's pages, 0.8 unless given, is not one), and for a
// tuning set each query with such results. With --corrections, each tuning set's queries that the search corrected,
// with the query it searched for instead, to judge each correction by hand. With --depth, each set's depth of the answers
// (AnswerDepth): how many queries have an answer in the first 3 shown, in the 10 shown, anywhere in the search's whole
// result list (searched again on a page that lists every result: the search page itself shows no more than 10), or never;
// how many never found share no meaningful word with any answer; and the success@3 and MRR a perfect order would give;
// for a tuning set also each query answered below the shown or never.
string[] Options(string name) => args.Where((_, index) => index > 0 && args[index - 1] == name).ToArray();
string? Option(string name) => Options(name).FirstOrDefault();
// Anything else is refused before the build: an option it does not know (say --help) would otherwise run every set.
string[] flags = ["--lost", "--targets-only", "--junk", "--corrections", "--depth"];
string[] optionsWithValues = ["--set", "--worst", "--junk-share"];
var unknown = args.Where((arg, index) => !flags.Contains(arg) && !optionsWithValues.Contains(arg) && (index == 0 || !optionsWithValues.Contains(args[index - 1])));
if (unknown.FirstOrDefault() is { } refused)
{
    Console.Error.WriteLine($"Unknown argument '{refused}'. Usage: dotnet run --project tests/SearchEvaluation [-- --set NAME] [--worst N] [--lost] [--targets-only] [--junk] [--junk-share S] [--corrections] [--depth]; --set takes {string.Join(", ", JudgementSet.Names)}.");
    return 2;
}

var worstAskedFor = Option("--worst") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : (int?)null;
var lostAskedFor = args.Contains("--lost");
var targetsOnly = args.Contains("--targets-only");
var junkShare = Option("--junk-share") is { } share ? double.Parse(share, CultureInfo.InvariantCulture) : (double?)null;
var correctionsAskedFor = args.Contains("--corrections");
var junkAskedFor = args.Contains("--junk") || junkShare is not null;
var depthAskedFor = args.Contains("--depth");
IReadOnlyList<string> setNames = Options("--set") is { Length: > 0 } chosen ? chosen : JudgementSet.Names;
if (setNames.Except(JudgementSet.Names).Any())
{
    Console.Error.WriteLine($"--set takes {string.Join(", ", JudgementSet.Names.SkipLast(1))} or {JudgementSet.Names[^1]}.");
    return 2;
}

var repository = RepositoryPaths.Root;
List<JudgementSet> sets;
try
{
    sets = setNames
        .Where(name => File.Exists(Path.Combine(JudgementSet.Folder(repository), name + ".yml")))
        .Select(name => JudgementSet.Load(repository, name))
        .ToList();
}
catch (InvalidDataException badSet)
{
    Console.Error.WriteLine(badSet.Message);
    return 1;
}

var output = Path.Combine(Path.GetTempPath(), "kb-search-evaluation-" + Guid.NewGuid().ToString("N"));
try
{
    var build = new SiteBuilder(TimeProvider.System).Build(new BuildOptions(repository, output));
    if (!build.Succeeded)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, build.Diagnostics.Take(10)));
        return 1;
    }

    var pages = new BuiltSitePages(output);
    var missing = sets.SelectMany(set => pages.Missing(set, repository)).ToList();
    missing.ForEach(Console.Error.WriteLine);
    if (missing.Count > 0)
    {
        return 1;
    }

    if (targetsOnly)
    {
        Console.WriteLine($"Every judged page and section of {string.Join(", ", sets.Select(set => set.Name))} is on the built site.");
        return 0;
    }

    await using var server = await StaticSiteServer.StartAsync(output);
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROME_PATH") ?? "/usr/bin/chromium",
        Args = ["--no-sandbox"],
    });
    var probe = new SearchPageProbe(await browser.NewPageAsync(), server.BaseUrl);
    var figures = new List<SetFigures>();
    var everyResult = depthAskedFor ? await SearchPageProbe.EveryResultAsync(await browser.NewPageAsync(), server.BaseUrl) : null;
    var depths = new List<AnswerDepth>();
    var meaningfulOfSearchPage = new Dictionary<string, MeaningfulWords>(StringComparer.Ordinal);
    // Each search page's words, read from its language's vocabulary and pages the first time a set is typed into it.
    MeaningfulWords MeaningfulIn(string searchPage)
    {
        if (!meaningfulOfSearchPage.TryGetValue(searchPage, out var words))
        {
            words = meaningfulOfSearchPage[searchPage] = MeaningfulWords.Of(repository, output, searchPage, junkShare ?? MeaningfulWords.DefaultShare);
            if (junkAskedFor)
            {
                Console.WriteLine($"## Words on at least {words.Share:0.##} of the {words.Pages} {words.Language ?? "English"} articles and pages ({words.Common.Count}), not meaningful");
                Console.WriteLine(string.Join(", ", words.Common.Select(common => $"{common.Word} {common.Pages}")));
                Console.WriteLine();
            }
        }

        return words;
    }

    var junk = new List<JunkResults>();
    foreach (var set in sets)
    {
        var meaningful = junkAskedFor || depthAskedFor ? MeaningfulIn(set.SearchPage) : null;
        var scores = await probe.ScoreAsync(set);
        figures.Add(SetFigures.Of(set.Name, scores));
        Console.WriteLine($"## The {set.Name} set by kind of query");
        foreach (var kind in scores.GroupBy(score => score.Query.Kind).OrderBy(kind => kind.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(SetFigures.Of(kind.Key, kind.ToList()));
        }

        Console.WriteLine($"{scores.Count(score => score.Outcome.Translations.Count > 0)} queries listed results in another language");
        Console.WriteLine();
        if (lostAskedFor && set.Name == JudgementSet.TuningName)
        {
            Console.WriteLine($"## What stood above the first answer in the {set.Name} set");
            LostRank.Table(scores).ToList().ForEach(Console.WriteLine);
            Console.WriteLine();
            foreach (var score in scores.Where(score => LostRank.Above(score).Count > 0))
            {
                var above = LostRank.Above(score);
                var results = string.Join(", ", score.Outcome.Results.Take(Math.Max(above.Count + 1, 3)));
                Console.WriteLine($"- RR {score.ReciprocalRank:0.00} \"{score.Query.Query}\" ({score.Query.Kind}): {string.Join("; ", above)}: {results}");
            }

            Console.WriteLine();
        }

        if (correctionsAskedFor && !set.Name.StartsWith(JudgementSet.HeldOutName, StringComparison.Ordinal))
        {
            Console.WriteLine($"## Corrections in the {set.Name} set");
            foreach (var score in scores.Where(score => score.Outcome.Corrected is not null))
            {
                Console.WriteLine($"- \"{score.Query.Query}\" -> \"{score.Outcome.Corrected}\" ({score.Query.Kind})");
            }

            Console.WriteLine();
        }

        if (junkAskedFor && meaningful is not null)
        {
            junk.Add(JunkResults.Of(set.Name, scores, meaningful));
            if (!set.Name.StartsWith("held-out", StringComparison.Ordinal))
            {
                Console.WriteLine($"## Results in the {set.Name} set that match no meaningful word");
                junk[^1].Lines().ToList().ForEach(Console.WriteLine);
                Console.WriteLine();
            }
        }

        if (everyResult is not null && meaningful is not null)
        {
            // Whether an answer's text holds a meaningful word of what was searched: a corrected query's correction.
            AnswerWords WordsInCommon(RelevanceScore score)
            {
                var words = meaningful.Of(score.Outcome.Corrected ?? score.Query.Query);
                return words.Count == 0 ? AnswerWords.NoneInQuery
                    : score.Query.Relevant.Any(target => target.Value == RelevanceScore.Answers && meaningful.PageHolds(pages.Text(target.Key), words)) ? AnswerWords.Shared
                    : AnswerWords.NoneShared;
            }

            var queries = new List<QueryDepth>();
            foreach (var score in scores)
            {
                queries.Add(QueryDepth.Of(score, await everyResult.SearchAsync(score.Query.Query, set.SearchPage), WordsInCommon));
            }

            depths.Add(new AnswerDepth(set.Name, queries));
            Console.WriteLine($"## Depth of the answers in the {set.Name} set");
            depths[^1].Lines().ToList().ForEach(Console.WriteLine);
            if (!set.Name.StartsWith(JudgementSet.HeldOutName, StringComparison.Ordinal))
            {
                foreach (var query in queries.Where(query => query.ShownPlace is null && !query.Score.Query.Nothing))
                {
                    var where = query.WholePlace is { } place ? $"first answer at place {place} of the whole list"
                        : query.Words switch
                        {
                            AnswerWords.Shared => "never found; an answer holds a meaningful word",
                            AnswerWords.NoneShared => "never found; no answer holds a meaningful word",
                            _ => "never found; the query has no meaningful word",
                        };
                    var words = meaningful.Of(query.Score.Outcome.Corrected ?? query.Score.Query.Query);
                    Console.WriteLine($"- \"{query.Score.Query.Query}\" ({query.Score.Query.Kind}): {where}{(words.Count > 0 ? $"; meaningful words: {string.Join(" ", words)}" : "")}");
                }
            }

            Console.WriteLine();
        }

        var worst = worstAskedFor ?? (set.Name == JudgementSet.TuningName ? 15 : 0);
        if (worst == 0)
        {
            continue;
        }

        Console.WriteLine($"## Worst {worst} of the {set.Name} set");
        foreach (var score in scores.OrderBy(score => score.NdcgAt5).ThenBy(score => score.ReciprocalRank).Take(worst))
        {
            var expected = score.Query.Nothing ? "nothing matched, topics offered" : string.Join(", ", score.Query.Relevant.Where(target => target.Value == 2).Select(target => target.Key));
            var shown = score.Outcome.Results.Count == 0 ? "(no results)" : string.Join(", ", score.Outcome.Results.Take(3));
            Console.WriteLine($"- nDCG@5 {score.NdcgAt5:0.00} RR {score.ReciprocalRank:0.00} \"{score.Query.Query}\" ({score.Query.Kind}): wants {expected}; top 3: {shown}");
        }

        Console.WriteLine();
    }

    Console.WriteLine("## Figures");
    figures.ForEach(Console.WriteLine);
    if (junk.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("## Junk: shown results that match no meaningful word");
        junk.ForEach(Console.WriteLine);
    }

    if (depths.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("## Depth of the answers (answered@3, @10, anywhere in the whole list, never)");
        depths.ForEach(Console.WriteLine);
    }

    return 0;
}
finally
{
    if (Directory.Exists(output))
    {
        Directory.Delete(output, recursive: true);
    }
}

using KnowledgeBase.SearchEvaluation;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// The judged tuning sets (Search/judgements/tuning*.yml) through the real search pages in Chromium: relevance may rise,
/// never fall. `dotnet run --project tests/SearchEvaluation` prints the same figures for every set, with the worst queries.
/// </summary>
public sealed class SearchRelevanceTests(RealSite site) : IClassFixture<RealSite>
{
    // The figures the tuning set reaches now (README "Search"), rounded down; raise them as ranking improves. Only a
    // content change or newly judged queries may lower them, and README says by how much and why.
    private static readonly SetFigures WholeSetFloors = new("tuning", 0, 0.91, 0.86, 0.74);

    // New queries are added at the end of tuning.yml, so its first queries are those judged in earlier rounds: they
    // keep floors of their own, which harder queries judged later cannot lower.
    private static readonly SetFigures EarlierQueriesFloors = new("tuning, earlier queries", 333, 0.92, 0.87, 0.76);

    // The tuning sets written blind by writers who never tuned (README "Search"), each with its number of queries and
    // held to its own floors; each is typed into the search page its file names (tuning-es into /es/search/).
    public static TheoryData<string, int, double, double, double> BlindTuningSetFloors => new()
    {
        { JudgementSet.SecondTuningName, 60, 0.91, 0.82, 0.61 },
        { JudgementSet.ThirdTuningName, 60, 0.90, 0.81, 0.63 },
        { JudgementSet.FourthTuningName, 60, 0.85, 0.74, 0.54 },
        { JudgementSet.SpanishTuningName, 50, 0.88, 0.82, 0.58 },
    };

    [Fact]
    public async Task The_tuning_set_keeps_its_success_at_three_mean_reciprocal_rank_and_ndcg_at_five()
    {
        var set = JudgementSet.Load(RepositoryPaths.Root, JudgementSet.TuningName);
        set.Queries.Count.ShouldBeGreaterThanOrEqualTo(120);
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var probe = new SearchPageProbe(await browser.NewPageAsync(), browser.Server.BaseUrl);

        var scores = await probe.ScoreAsync(set);

        var wholeSet = SetFigures.Of(set.Name, scores);
        var earlierQueries = SetFigures.Of(EarlierQueriesFloors.Name, scores.Take(EarlierQueriesFloors.Queries).ToList());
        var report = $"{wholeSet}\n{earlierQueries}\nworst:\n{WorstQueries(scores, 15)}";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        KeepsFloors(wholeSet, WholeSetFloors, report);
        KeepsFloors(earlierQueries, EarlierQueriesFloors, report);
    }

    [Theory]
    [MemberData(nameof(BlindTuningSetFloors))]
    public async Task A_blind_tuning_set_keeps_its_success_at_three_mean_reciprocal_rank_and_ndcg_at_five(string name, int queries, double successAt3, double meanReciprocalRank, double ndcgAt5)
    {
        var set = JudgementSet.Load(RepositoryPaths.Root, name);
        set.Queries.Count.ShouldBeGreaterThanOrEqualTo(queries);
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var probe = new SearchPageProbe(await browser.NewPageAsync(), browser.Server.BaseUrl);

        var scores = await probe.ScoreAsync(set);

        var figures = SetFigures.Of(set.Name, scores);
        var report = $"{figures}\nworst:\n{WorstQueries(scores, 10)}";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        KeepsFloors(figures, new SetFigures(name, 0, successAt3, meanReciprocalRank, ndcgAt5), report);
    }

    private static string WorstQueries(IEnumerable<RelevanceScore> scores, int count) =>
        string.Join("\n", scores.OrderBy(score => score.NdcgAt5).Take(count)
            .Select(score => $"{score.NdcgAt5:0.00} \"{score.Query.Query}\": {string.Join(", ", score.Outcome.Results.Take(3))}"));

    private static void KeepsFloors(SetFigures figures, SetFigures floors, string report)
    {
        figures.SuccessAt3.ShouldBeGreaterThanOrEqualTo(floors.SuccessAt3, report);
        figures.MeanReciprocalRank.ShouldBeGreaterThanOrEqualTo(floors.MeanReciprocalRank, report);
        figures.NdcgAt5.ShouldBeGreaterThanOrEqualTo(floors.NdcgAt5, report);
    }
}

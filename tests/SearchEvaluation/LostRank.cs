namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// Where a query's reciprocal rank was lost: what stood above its first answer (grade 2), each result classed by what it
/// is to that answer and to the judgements, or why no answer was listed at all. Ranking work starts from what this counts.
/// </summary>
public static class LostRank
{
    public const string SamePageSection = "the answer's page, another section";
    public const string SamePageTop = "the answer's page, its top";
    public const string RelatedPage = "another page, graded 1";
    public const string AnswerPageOtherSection = "a page with an answering section, at another section";
    public const string GlossaryEntry = "a glossary entry, not graded";
    public const string UngradedPage = "another page, not graded";
    public const string NoAnswerListed = "no answer among the results";
    public const string NothingSaid = "nothing matched, for a query an article covers";
    public const string ResultsForNothing = "results, for a query no article covers";

    /// <summary>Every class, in the order the table lists them.</summary>
    public static IReadOnlyList<string> Classes { get; } =
        [SamePageSection, SamePageTop, RelatedPage, AnswerPageOtherSection, GlossaryEntry, UngradedPage, NoAnswerListed, NothingSaid, ResultsForNothing];

    /// <summary>
    /// The classes of the results above a query's first answer, first place first; for a query with no answer listed,
    /// the one reason. Empty for a query answered first.
    /// </summary>
    public static IReadOnlyList<string> Above(RelevanceScore score)
    {
        var results = score.Outcome.Results;
        if (score.Query.Nothing)
        {
            return score.ReciprocalRank < 1 ? [ResultsForNothing] : [];
        }

        if (results.Count == 0)
        {
            return [NothingSaid];
        }

        var gains = RelevanceScore.Gains(score.Query, results, score.Outcome.Translations);
        var firstAnswer = gains.FindIndex(gain => gain >= 2);
        if (firstAnswer < 0)
        {
            return [NoAnswerListed];
        }

        var answerPage = PageOf(results[firstAnswer]);
        return results.Take(firstAnswer).Select((result, place) => Of(score.Query, result, gains[place], answerPage)).ToList();
    }

    private static string Of(JudgedQuery query, string result, int gain, string answerPage) =>
        PageOf(result) == answerPage ? (result.Contains('#', StringComparison.Ordinal) ? SamePageSection : SamePageTop)
        : gain == 1 ? RelatedPage
        : query.Relevant.Any(target => target.Value == 2 && target.Key.Contains('#', StringComparison.Ordinal) && PageOf(target.Key) == PageOf(result)) ? AnswerPageOtherSection
        : PageOf(result).EndsWith("/glossary/", StringComparison.Ordinal) ? GlossaryEntry
        : UngradedPage;

    private static string PageOf(string url) => url.Split('#')[0];

    /// <summary>
    /// A Markdown table: for each class, the queries whose first result it is, the results of it above a first answer,
    /// and the reciprocal rank those queries lost (one minus theirs, summed, over the whole set's count, so the column
    /// adds up to one minus the set's MRR); then the queries whose first result it is, by kind of query.
    /// </summary>
    public static IEnumerable<string> Table(IReadOnlyList<RelevanceScore> scores)
    {
        var lost = scores.Select(score => (score, above: Above(score))).Where(entry => entry.above.Count > 0).ToList();
        var kinds = scores.Select(score => score.Query.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        yield return $"| what stood above the first answer | queries (first result) | results above an answer | MRR lost | {string.Join(" | ", kinds)} |";
        yield return $"|---|---|---|---|{string.Concat(kinds.Select(_ => "---|"))}";
        foreach (var kind in Classes)
        {
            var first = lost.Where(entry => entry.above[0] == kind).ToList();
            var results = lost.Sum(entry => entry.above.Count(above => above == kind));
            var mrrLost = first.Sum(entry => 1 - entry.score.ReciprocalRank) / scores.Count;
            var byKind = kinds.Select(queryKind => first.Count(entry => entry.score.Query.Kind == queryKind));
            yield return $"| {kind} | {first.Count} | {results} | {mrrLost:0.000} | {string.Join(" | ", byKind)} |";
        }

        yield return $"| all | {lost.Count} | {lost.Sum(entry => entry.above.Count)} | {lost.Sum(entry => 1 - entry.score.ReciprocalRank) / scores.Count:0.000} | {string.Join(" | ", kinds.Select(queryKind => lost.Count(entry => entry.score.Query.Kind == queryKind)))} |";
    }
}

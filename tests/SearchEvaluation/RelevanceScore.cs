namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// How well one query was answered: success@3 (a result that answers it, grade 2, among the first three), reciprocal rank
/// of the first such result, and nDCG@5 over the graded results. A query about something no page covers scores 1 on all
/// three when the page says nothing matched and offers the topics, 0 otherwise.
/// </summary>
public sealed record RelevanceScore(JudgedQuery Query, SearchOutcome Outcome, bool SuccessAt3, double ReciprocalRank, double NdcgAt5)
{
    /// <summary>The grade of a result that answers the query.</summary>
    public const int Answers = 2;

    public static RelevanceScore Of(JudgedQuery query, SearchOutcome outcome)
    {
        if (query.Nothing)
        {
            var answered = outcome.Results.Count == 0 && outcome.SaidNothingMatchedAndOfferedTopics;
            return new RelevanceScore(query, outcome, answered, answered ? 1 : 0, answered ? 1 : 0);
        }

        var gains = Gains(query, outcome.Results, outcome.Translations);
        var firstAnswer = gains.FindIndex(gain => gain >= Answers);
        var ideal = query.Relevant.Values.OrderDescending().ToList();
        var ndcg = DiscountedGain(ideal) is var best and > 0 ? DiscountedGain(gains) / best : 0;
        return new RelevanceScore(query, outcome, firstAnswer is >= 0 and < 3, firstAnswer < 0 ? 0 : 1.0 / (firstAnswer + 1), ndcg);
    }

    /// <summary>
    /// The grade each result earns, in order. A page target matches the page and any of its sections, a section target
    /// only that section; each target is credited once, so three sections of one relevant page do not count three times.
    /// A result in another language matches as itself or as the section it translates (<paramref name="translations"/>).
    /// </summary>
    public static List<int> Gains(JudgedQuery query, IReadOnlyList<string> results, IReadOnlyDictionary<string, string>? translations = null)
    {
        var credited = new HashSet<string>(StringComparer.Ordinal);
        var gains = new List<int>();
        foreach (var result in results)
        {
            var original = translations?.GetValueOrDefault(result);
            var best = query.Relevant
                .Where(target => !credited.Contains(target.Key) && (Matches(target.Key, result) || (original is not null && Matches(target.Key, original))))
                .OrderByDescending(target => target.Value)
                .FirstOrDefault();
            if (best.Key is not null)
            {
                credited.Add(best.Key);
            }

            gains.Add(best.Value);
        }

        return gains;
    }

    /// <summary>
    /// The grade one result earns on its own, whatever the results above it earned: the highest of the targets it matches,
    /// as itself or as the section it translates, 0 when none.
    /// </summary>
    public static int Grade(JudgedQuery query, string result, IReadOnlyDictionary<string, string>? translations = null)
    {
        var original = translations?.GetValueOrDefault(result);
        return query.Relevant.Where(target => Matches(target.Key, result) || (original is not null && Matches(target.Key, original)))
            .Select(target => target.Value).DefaultIfEmpty(0).Max();
    }

    private static bool Matches(string target, string result) =>
        target.Contains('#', StringComparison.Ordinal)
            ? string.Equals(target, result, StringComparison.Ordinal)
            : string.Equals(target, result.Split('#')[0], StringComparison.Ordinal);

    private static double DiscountedGain(IReadOnlyList<int> gains) =>
        gains.Take(5).Select((gain, index) => (Math.Pow(2, gain) - 1) / Math.Log2(index + 2)).Sum();
}

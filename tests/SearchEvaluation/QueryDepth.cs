namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// How deep one query's first answer (grade 2) sits: its place among the results the search page shows, and in the
/// search's whole result list, null where there is none. A query no page covers keeps its rule: answered, at the first
/// place, when the page said nothing matched and offered the topics, never otherwise. For a query with answers that
/// neither holds, what its words have in common with the answers' text (<see cref="Words"/>, null otherwise): without a
/// word in common, no search that matches words could ever find them.
/// </summary>
public sealed record QueryDepth(RelevanceScore Score, int? ShownPlace, int? WholePlace, AnswerWords? Words)
{
    /// <summary>Whether the shown results or the whole list hold an answer: the whole list is searched apart, so its first places may differ from the shown.</summary>
    public bool Anywhere => ShownPlace is not null || WholePlace is not null;

    /// <summary>
    /// The depth of a query's answers from what the page showed (<paramref name="shown"/>) and the search's whole list
    /// (<paramref name="whole"/>); <paramref name="words"/> is asked only of a query whose answers neither holds.
    /// </summary>
    public static QueryDepth Of(RelevanceScore shown, SearchOutcome whole, Func<RelevanceScore, AnswerWords> words)
    {
        if (shown.Query.Nothing)
        {
            int? place = shown.SuccessAt3 ? 1 : null;
            return new QueryDepth(shown, place, place, null);
        }

        var first = FirstAnswer(shown.Query, shown.Outcome);
        var inWhole = FirstAnswer(shown.Query, whole);
        return new QueryDepth(shown, first, inWhole, first is null && inWhole is null ? words(shown) : null);
    }

    private static int? FirstAnswer(JudgedQuery query, SearchOutcome outcome) =>
        RelevanceScore.Gains(query, outcome.Results, outcome.Translations).FindIndex(gain => gain >= RelevanceScore.Answers) is var index and >= 0 ? index + 1 : null;
}

namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// What the search page showed for one query: the result links in order, and whether, with no result, it said plainly that
/// nothing matched and offered the topics.
/// </summary>
public sealed record SearchOutcome(IReadOnlyList<string> Results, bool SaidNothingMatchedAndOfferedTopics)
{
    /// <summary>
    /// For each result in another language than the search page's, the same section of the page it translates, in the
    /// search page's language: a translation answers a query as its original does.
    /// </summary>
    public IReadOnlyDictionary<string, string> Translations { get; init; } = new Dictionary<string, string>();

    /// <summary>The query searched for instead of the one typed ("Showing results for ..."), or null when it was searched as typed.</summary>
    public string? Correction { get; init; }
}

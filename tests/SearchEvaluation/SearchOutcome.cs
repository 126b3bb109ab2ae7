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

    /// <summary>The correction the page searched for instead of the query ("Showing results for ..."), or null.</summary>
    public string? Corrected { get; init; }

    /// <summary>For each result, in order, the text of its page (the indexed body), read only to count junk.</summary>
    public IReadOnlyList<string> PageTexts { get; init; } = [];

    /// <summary>For each result, in order, its title and section heading as shown, read only to count junk.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>For each result, in order, the words its excerpt marks as matched (Pagefind's <c>mark</c>), as shown.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Marked { get; init; } = [];
}

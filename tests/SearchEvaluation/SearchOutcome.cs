namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// What the search page showed for one query: the result links in order, and whether, with no result, it said plainly that
/// nothing matched and offered the topics.
/// </summary>
public sealed record SearchOutcome(IReadOnlyList<string> Results, bool SaidNothingMatchedAndOfferedTopics);

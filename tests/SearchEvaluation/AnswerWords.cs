namespace KnowledgeBase.SearchEvaluation;

/// <summary>What a query never found has in common with its answers' text: whether a search that matches words could find them.</summary>
public enum AnswerWords
{
    /// <summary>An answer's text holds a meaningful word of the query.</summary>
    Shared,

    /// <summary>No answer's text holds any of the query's meaningful words.</summary>
    NoneShared,

    /// <summary>The query has no meaningful word: it asks only of the subject or of a kind of section.</summary>
    NoneInQuery,
}

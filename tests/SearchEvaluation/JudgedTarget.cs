namespace KnowledgeBase.SearchEvaluation;

/// <summary>A page or section a query is judged against, with the line of the set's file that names it.</summary>
public sealed record JudgedTarget(string Query, string Target, int Line);

namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// One query a patient would type and the pages or sections that answer it (grade 2) or relate to it (grade 1);
/// with <see cref="Nothing"/>, a query about something no page covers, answered by saying so plainly.
/// </summary>
public sealed record JudgedQuery(string Query, string Kind, IReadOnlyDictionary<string, int> Relevant, bool Nothing);

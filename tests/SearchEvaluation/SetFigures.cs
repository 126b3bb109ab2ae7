namespace KnowledgeBase.SearchEvaluation;

/// <summary>The mean scores of one judgement set: success@3, MRR and nDCG@5.</summary>
public sealed record SetFigures(string Name, int Queries, double SuccessAt3, double MeanReciprocalRank, double NdcgAt5)
{
    public static SetFigures Of(string name, IReadOnlyList<RelevanceScore> scores) => new(
        name,
        scores.Count,
        scores.Average(score => score.SuccessAt3 ? 1.0 : 0.0),
        scores.Average(score => score.ReciprocalRank),
        scores.Average(score => score.NdcgAt5));

    public override string ToString() =>
        $"{Name,-16} {Queries,4} queries  success@3 {SuccessAt3:0.000}  MRR {MeanReciprocalRank:0.000}  nDCG@5 {NdcgAt5:0.000}";
}

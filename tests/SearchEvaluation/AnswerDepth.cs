namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// Where a set's failures are (issue 25): how many queries have an answer in the first three shown, in the ten the search
/// page shows, anywhere in the search's whole result list, or never. An answer shown but not in the first three is a
/// ranking failure, which a better order of the shown results could fix, up to <see cref="CeilingOfShown"/>; one listed
/// only below them needs a better order of the whole list; one never listed is a retrieval failure, and one whose answers
/// share no meaningful word with the query (<see cref="SharingNoWord"/>) is beyond any search that matches words.
/// </summary>
public sealed record AnswerDepth(string Set, IReadOnlyList<QueryDepth> Queries)
{
    /// <summary>How many results the search page shows (search.js's <c>PageResults</c>).</summary>
    private const int Shown = 10;

    public int AnsweredAt3 => Queries.Count(query => query.ShownPlace <= 3);

    public int AnsweredAtShown => Queries.Count(query => query.ShownPlace <= Shown);

    public int AnsweredAnywhere => Queries.Count(query => query.Anywhere);

    public int Never => Queries.Count - AnsweredAnywhere;

    /// <summary>The queries with answers that the whole list never holds (a query no page covers, given results, aside).</summary>
    public int NeverFound => Queries.Count(query => query.Words is not null);

    /// <summary>The queries never found whose answers hold none of their meaningful words, those with none among them.</summary>
    public int SharingNoWord => Queries.Count(query => query.Words is AnswerWords.NoneShared or AnswerWords.NoneInQuery);

    public int WithNoMeaningfulWord => Queries.Count(query => query.Words is AnswerWords.NoneInQuery);

    /// <summary>
    /// The success@3 a perfect order of the shown results would give, which is also its MRR: each query with an answer
    /// shown would have one first.
    /// </summary>
    public double CeilingOfShown => Share(AnsweredAtShown);

    /// <summary>The success@3 and MRR a perfect order of the search's whole result list would give.</summary>
    public double CeilingOfWhole => Share(AnsweredAnywhere);

    private double Share(int count) => Queries.Count == 0 ? 0 : (double)count / Queries.Count;

    /// <summary>The set's table (cumulative: answered@3 counts in @10, @10 in anywhere), the words in common and the ceilings, with the set's own figures beside them.</summary>
    public IEnumerable<string> Lines()
    {
        var nothingGivenResults = Never - NeverFound;
        yield return $"answered@3  @{Shown}  anywhere  never  (of {Queries.Count})";
        yield return $"{AnsweredAt3,10}  {AnsweredAtShown,3}  {AnsweredAnywhere,8}  {Never,5}";
        yield return $"never found: {NeverFound}, of which {SharingNoWord} share no meaningful word with any answer ({WithNoMeaningfulWord} of them have none)"
            + (nothingGivenResults > 0 ? $"; never answered too, given results: queries no page covers, {nothingGivenResults}" : "");
        yield return $"a perfect order of the {Shown} shown: success@3 {CeilingOfShown:0.000} MRR {CeilingOfShown:0.000}"
            + $" (now {Queries.Average(query => query.Score.SuccessAt3 ? 1.0 : 0.0):0.000} / {Queries.Average(query => query.Score.ReciprocalRank):0.000});"
            + $" of every result: {CeilingOfWhole:0.000}";
    }

    public override string ToString() =>
        $"{Set,-16} {Queries.Count,4} queries  answered@3 {AnsweredAt3,3}  @{Shown} {AnsweredAtShown,3}  anywhere {AnsweredAnywhere,3}  never {Never,3}"
        + $" (never found {NeverFound}, {SharingNoWord} sharing no meaningful word, {WithNoMeaningfulWord} having none)  ceiling of the shown {CeilingOfShown:0.000}, of every result {CeilingOfWhole:0.000}";
}

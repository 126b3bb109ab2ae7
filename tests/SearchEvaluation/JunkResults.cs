namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// The shown results that match no meaningful word (issue 25, "no junk"): for a query with a meaningful word
/// (<see cref="MeaningfulWords"/>), those whose excerpt marks words, none of them meaningful, as a page found by
/// "treatment", "mesotherapy" or "after" alone is. A result whose excerpt marks nothing is counted apart: what matched it
/// cannot be read from the page. A query with no meaningful word ("what is mesotherapy", "does it hurt") has no junk:
/// it asks of the subject as a whole or of a kind of section. Of the junk, the results whose page holds no meaningful word
/// of the query anywhere (<see cref="MeaningfulWords.PageHolds"/>) are counted apart: the others are a section of a page
/// that matches the query elsewhere ("finasteride side effects": the hair-loss page's "Risks of scalp shots"). A result the
/// judgements grade for the query (an answer or related) is no junk, whatever it marks: the fat page's "Two kinds of shots"
/// answers "beer belly injections" though it marks only "injection"; those are counted apart (<see cref="Judged"/>). Nor is a
/// result whose title or heading, which the reader sees above its excerpt, holds a meaningful word of the query: Canada's
/// page's "Where to get help" for "how to report a reaction to health canada".
/// </summary>
public sealed record JunkResults(string Set, int Asking, int Shown, int Unmarked, int Judged, IReadOnlyList<(RelevanceScore Score, IReadOnlyList<int> Places, IReadOnlyList<int> OffTopic)> Queries)
{
    /// <summary>Places from this one on (the sixth result and below) are counted apart: junk there costs nDCG@5 nothing.</summary>
    private const int LowerPlaces = 6;

    public int Junk => Queries.Sum(query => query.Places.Count);

    public static JunkResults Of(string set, IReadOnlyList<RelevanceScore> scores, MeaningfulWords words)
    {
        // A corrected query is judged by what was searched: "mesotheraphy" is "mesotherapy".
        var asking = scores.Where(score => words.Of(score.Outcome.Corrected ?? score.Query.Query).Count > 0).ToList();
        var unmeaning = asking.ToDictionary(score => score, score => score.Outcome.Marked
            .Select((marked, index) => (marked, Place: index + 1))
            .Where(result => result.marked.Count > 0 && !result.marked.Any(words.IsMeaningful)
                && !words.PageHolds(score.Outcome.Titles[result.Place - 1], words.Of(score.Outcome.Corrected ?? score.Query.Query)))
            .Select(result => result.Place).ToList());
        bool Graded(RelevanceScore score, int place) => RelevanceScore.Grade(score.Query, score.Outcome.Results[place - 1], score.Outcome.Translations) > 0;
        var queries = asking
            .Select(score =>
            {
                var places = unmeaning[score].Where(place => !Graded(score, place)).ToList();
                var meaningful = words.Of(score.Outcome.Corrected ?? score.Query.Query);
                var offTopic = places.Where(place => !words.PageHolds(score.Outcome.PageTexts[place - 1], meaningful)).ToList();
                return (Score: score, Places: (IReadOnlyList<int>)places, OffTopic: (IReadOnlyList<int>)offTopic);
            })
            .Where(query => query.Places.Count > 0)
            .ToList();
        var judged = asking.Sum(score => unmeaning[score].Count(place => Graded(score, place)));
        return new JunkResults(set, asking.Count, asking.Sum(score => score.Outcome.Results.Count), asking.Sum(score => score.Outcome.Marked.Count(marked => marked.Count == 0)), judged, queries);
    }

    public override string ToString()
    {
        var lower = Queries.Sum(query => query.Places.Count(place => place >= LowerPlaces));
        var offTopic = Queries.Sum(query => query.OffTopic.Count);
        var offTopicLower = Queries.Sum(query => query.OffTopic.Count(place => place >= LowerPlaces));
        return $"{Set,-16} {Junk} of {Shown} shown results ({Queries.Count} of {Asking} queries with a meaningful word) match no meaningful word, {Junk - lower} of them at places 1-{LowerPlaces - 1}; "
            + $"{offTopic} on a page with none ({Queries.Count(query => query.OffTopic.Count > 0)} queries), {offTopic - offTopicLower} of them at places 1-{LowerPlaces - 1}; {Unmarked} results mark no word; "
            + $"{Judged} more mark no meaningful word but are judged answers or related, not junk";
    }

    /// <summary>Each query with junk: each junk result's place, address ("(page)" where the page holds no meaningful word) and the words it marks.</summary>
    public IEnumerable<string> Lines() => Queries.Select(query =>
        $"- \"{query.Score.Query.Query}\" ({query.Score.Query.Kind}): {string.Join("; ", query.Places.Select(place => $"{place} {query.Score.Outcome.Results[place - 1]}{(query.OffTopic.Contains(place) ? " (page)" : "")} marks {string.Join(" ", query.Score.Outcome.Marked[place - 1].Select(word => word.ToLowerInvariant()).Distinct())}"))}");
}

using KnowledgeBase.SearchEvaluation;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

/// <summary>The depth of the answers: where a set's failures are, in the shown results, deeper in the whole list, or nowhere.</summary>
public sealed class AnswerDepthTests
{
    private const string Answer = "/articles/side-effects-and-risks/#who-should-not-have-it";

    private static readonly JudgedQuery WhoShouldNot = new(
        "who should not have mesotherapy",
        "question",
        new Dictionary<string, int> { [Answer] = 2, ["/articles/questions-to-ask/"] = 1 },
        Nothing: false);

    private static readonly JudgedQuery Botox = new("botox for migraines", "no-article", new Dictionary<string, int>(), Nothing: true);

    [Fact]
    public void An_answer_shown_fourth_counts_among_the_ten_shown_but_not_the_first_three()
    {
        var depth = Depth(Shown("/a/", "/b/", "/c/", Answer), Shown("/a/", "/b/", "/c/", Answer));

        depth.ShownPlace.ShouldBe(4);
        new AnswerDepth("set", [depth]).ShouldSatisfyAllConditions(
            set => set.AnsweredAt3.ShouldBe(0),
            set => set.AnsweredAtShown.ShouldBe(1),
            set => set.AnsweredAnywhere.ShouldBe(1),
            set => set.Never.ShouldBe(0));
    }

    [Fact]
    public void An_answer_only_in_the_whole_list_counts_anywhere_but_not_among_the_shown()
    {
        var depth = Depth(Shown("/a/", "/articles/questions-to-ask/"), Shown([.. Enumerable.Range(1, 11).Select(place => $"/{place}/"), Answer]));

        depth.ShouldSatisfyAllConditions(d => d.ShownPlace.ShouldBeNull(), d => d.WholePlace.ShouldBe(12), d => d.Words.ShouldBeNull());
        new AnswerDepth("set", [depth]).ShouldSatisfyAllConditions(
            set => set.AnsweredAtShown.ShouldBe(0),
            set => set.AnsweredAnywhere.ShouldBe(1),
            set => set.NeverFound.ShouldBe(0));
    }

    [Fact]
    public void Only_a_query_never_found_is_asked_whether_its_answers_share_a_word_with_it()
    {
        var asked = new List<string>();
        AnswerWords SharesNone(RelevanceScore score)
        {
            asked.Add(score.Query.Query);
            return AnswerWords.NoneShared;
        }

        var found = QueryDepth.Of(RelevanceScore.Of(WhoShouldNot, Shown(Answer)), Shown(Answer), SharesNone);
        var never = QueryDepth.Of(RelevanceScore.Of(WhoShouldNot, Shown("/a/")), Shown("/a/", "/b/"), SharesNone);

        asked.ShouldBe([WhoShouldNot.Query]);
        new AnswerDepth("set", [found, never]).ShouldSatisfyAllConditions(
            set => set.Never.ShouldBe(1),
            set => set.NeverFound.ShouldBe(1),
            set => set.SharingNoWord.ShouldBe(1));
    }

    [Fact]
    public void A_query_no_page_covers_is_answered_at_every_depth_by_saying_so_and_never_when_given_results()
    {
        var saidSo = QueryDepth.Of(RelevanceScore.Of(Botox, new SearchOutcome([], SaidNothingMatchedAndOfferedTopics: true)), Shown(), _ => AnswerWords.Shared);
        var givenResults = QueryDepth.Of(RelevanceScore.Of(Botox, Shown("/a/")), Shown("/a/"), _ => AnswerWords.Shared);

        new AnswerDepth("set", [saidSo, givenResults]).ShouldSatisfyAllConditions(
            set => set.AnsweredAt3.ShouldBe(1),
            set => set.AnsweredAnywhere.ShouldBe(1),
            set => set.Never.ShouldBe(1),
            set => set.NeverFound.ShouldBe(0));
    }

    [Fact]
    public void A_perfect_order_of_the_shown_results_answers_every_query_with_an_answer_shown_first()
    {
        var first = Depth(Shown(Answer), Shown(Answer));
        var ninth = Depth(Shown([.. Enumerable.Range(1, 8).Select(place => $"/{place}/"), Answer]), Shown(Answer));
        var deeper = Depth(Shown("/a/"), Shown("/a/", Answer));
        var never = Depth(Shown("/a/"), Shown("/a/"));

        var set = new AnswerDepth("set", [first, ninth, deeper, never]);

        set.CeilingOfShown.ShouldBe(0.5);
        set.CeilingOfWhole.ShouldBe(0.75);
    }

    private static QueryDepth Depth(SearchOutcome shown, SearchOutcome whole) => QueryDepth.Of(RelevanceScore.Of(WhoShouldNot, shown), whole, _ => AnswerWords.Shared);

    private static SearchOutcome Shown(params string[] results) => new(results, SaidNothingMatchedAndOfferedTopics: false);
}

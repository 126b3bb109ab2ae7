using KnowledgeBase.SearchEvaluation;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

/// <summary>The search evaluation's scores: what counts as answering a judged query, and how far down the answer sits.</summary>
public sealed class RelevanceScoreTests
{
    private static readonly JudgedQuery IsItSafe = new(
        "is it safe",
        "question",
        new Dictionary<string, int>
        {
            ["/articles/side-effects-and-risks/"] = 2,
            ["/articles/what-is-mesotherapy/#is-it-safe"] = 2,
            ["/articles/questions-to-ask/"] = 1,
        },
        Nothing: false);

    [Fact]
    public void An_answer_in_first_place_scores_full_marks_when_the_rest_follow_in_grade_order()
    {
        var score = RelevanceScore.Of(IsItSafe, Shown("/articles/what-is-mesotherapy/#is-it-safe", "/articles/side-effects-and-risks/#risks-of-kybella", "/articles/questions-to-ask/"));

        score.SuccessAt3.ShouldBeTrue();
        score.ReciprocalRank.ShouldBe(1);
        score.NdcgAt5.ShouldBe(1, tolerance: 1e-9);
    }

    [Fact]
    public void A_related_page_does_not_count_as_an_answer()
    {
        var score = RelevanceScore.Of(IsItSafe, Shown("/articles/questions-to-ask/#key-points", "/articles/cost-and-liposuction/"));

        score.SuccessAt3.ShouldBeFalse();
        score.ReciprocalRank.ShouldBe(0);
        score.NdcgAt5.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void An_answer_in_fourth_place_misses_success_at_three_and_earns_a_quarter_of_reciprocal_rank()
    {
        var score = RelevanceScore.Of(IsItSafe, Shown("/a/", "/b/", "/c/", "/articles/side-effects-and-risks/#who-should-not-have-it"));

        score.SuccessAt3.ShouldBeFalse();
        score.ReciprocalRank.ShouldBe(0.25);
    }

    [Fact]
    public void A_section_target_matches_only_that_section_and_a_page_target_any_section_of_its_page_once()
    {
        var gains = RelevanceScore.Gains(IsItSafe, ["/articles/what-is-mesotherapy/#does-it-work", "/articles/side-effects-and-risks/#a", "/articles/side-effects-and-risks/#b"]);

        gains.ShouldBe([0, 2, 0]);
    }

    [Fact]
    public void A_result_in_the_other_language_answers_as_the_section_it_translates()
    {
        var spanish = "/es/articles/que-es-la-mesoterapia/#is-it-safe";
        var outcome = Shown(spanish, "/es/articles/efectos-secundarios-y-riesgos/") with
        {
            Translations = new Dictionary<string, string> { [spanish] = "/articles/what-is-mesotherapy/#is-it-safe" },
        };

        var score = RelevanceScore.Of(IsItSafe, outcome);

        score.ReciprocalRank.ShouldBe(1);
        RelevanceScore.Gains(IsItSafe, outcome.Results).ShouldBe([0, 0]);
    }

    [Fact]
    public void A_query_about_nothing_on_the_site_is_answered_only_by_saying_so_and_offering_the_topics()
    {
        var botox = new JudgedQuery("botox for migraines", "no-article", new Dictionary<string, int>(), Nothing: true);

        RelevanceScore.Of(botox, new SearchOutcome([], SaidNothingMatchedAndOfferedTopics: true)).SuccessAt3.ShouldBeTrue();
        RelevanceScore.Of(botox, new SearchOutcome([], SaidNothingMatchedAndOfferedTopics: false)).SuccessAt3.ShouldBeFalse();
        RelevanceScore.Of(botox, new SearchOutcome(["/articles/questions-to-ask/#united-kingdom"], SaidNothingMatchedAndOfferedTopics: false)).NdcgAt5.ShouldBe(0);
    }

    private static SearchOutcome Shown(params string[] results) => new(results, SaidNothingMatchedAndOfferedTopics: false);
}

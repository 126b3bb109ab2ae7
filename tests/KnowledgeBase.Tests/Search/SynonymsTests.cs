using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

public sealed class SynonymsTests
{
    [Fact]
    public void A_word_in_two_synonym_groups_is_an_error_at_its_second_place()
    {
        using var site = new TestSite();
        site.Write("content/synonyms.yml", "- [hair loss, alopecia]\n- [balding, Alopecia, baldness]\n");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.SynonymInTwoGroups);
        error.Location.ShouldBe(new SourceLocation("content/synonyms.yml", 2, 13));
        error.Message.ShouldContain("'alopecia' is already in the group on line 1");
    }

    [Fact]
    public void Synonyms_that_are_not_a_list_of_word_lists_are_an_error()
    {
        using var site = new TestSite();
        site.Write("content/synonyms.yml", "- [hair loss, alopecia]\n- cellulite: orange peel skin\n");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidSynonyms);
        error.Location.ShouldBe(new SourceLocation("content/synonyms.yml", 2, 3));
    }

    [Fact]
    public void An_empty_word_in_a_group_is_an_error_at_it_not_skipped()
    {
        using var site = new TestSite();
        site.Write("content/synonyms.yml", "- [hair loss, alopecia]\n- [cellulite, \"  \", orange peel skin]\n");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidSynonyms);
        error.Location.ShouldBe(new SourceLocation("content/synonyms.yml", 2, 15));
    }

    [Fact]
    public void An_empty_question_of_a_search_intent_is_an_error_at_it_not_skipped()
    {
        using var site = new TestSite();
        site.Write("content/search-intents.yml", "- questions: [is * safe, \"\"]\n  sections: [is-it-safe]\n");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidSearchIntents);
        error.Location.ShouldBe(new SourceLocation("content/search-intents.yml", 1, 26));
    }

    [Fact]
    public void An_empty_question_of_a_search_intent_that_has_no_sections_is_reported_beside_the_rule()
    {
        using var site = new TestSite();
        site.Write("content/search-intents.yml", "- questions: [is * safe, \"\"]\n");

        var errors = site.Check().Diagnostics;

        errors.ShouldAllBe(error => error.Code == DiagnosticCode.InvalidSearchIntents);
        errors.Select(error => error.Location).ShouldBe(
            [new SourceLocation("content/search-intents.yml", 1, 3), new SourceLocation("content/search-intents.yml", 1, 26)],
            ignoreOrder: true);
    }

    [Fact]
    public void A_group_with_a_single_word_is_a_warning_that_does_not_stop_the_build()
    {
        using var site = new TestSite();
        site.Write("content/synonyms.yml", "- [cellulite, Cellulite]\n");

        var result = site.Build();

        result.Succeeded.ShouldBeTrue();
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe(DiagnosticCode.SynonymGroupTooSmall);
        warning.Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void The_real_synonyms_file_is_valid()
    {
        var site = new Building.SiteBuilder(TestSite.Clock).Check(RepositoryPaths.Root);

        site.Diagnostics.Where(d => d.Location.Path == "content/synonyms.yml").ShouldBeEmpty();
    }
}

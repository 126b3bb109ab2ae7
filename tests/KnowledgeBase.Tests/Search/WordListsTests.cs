using System.Text.Json;
using KnowledgeBase.Search;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

public sealed class WordListsTests
{
    private static SearchablePage Page(string url, string title, string summary = "A summary.", params SearchableHeading[] headings) =>
        new(url, title, summary, headings, "Articles", new SearchableText("", "", () => $"{title} {summary}"));

    [Fact]
    public void Pages_with_the_word_in_the_title_come_before_a_heading_before_the_summary_and_others_are_left_out()
    {
        var pages = new[]
        {
            Page("/articles/a/", "Aftercare", "What to expect about side effects."),
            Page("/articles/b/", "Bruising", "Bruises.", new SearchableHeading("Side effects people report", "side-effects")),
            Page("/articles/c/", "Side effects and risks"),
            Page("/articles/d/", "Dosage", "Doses.", new SearchableHeading("Insides", "insides")),
        };

        var results = WordLists.Of(["side", "fat"], pages);

        results.Keys.ShouldBe(["side"], "a word on no title, heading or summary gets no list");
        results["side"].Select(result => result.Url).ShouldBe(["/articles/c/", "/articles/b/#side-effects", "/articles/a/"]);
        results["side"][1].Heading.ShouldBe("Side effects people report");
        results["side"].Select(result => result.Score).ShouldBe([WordLists.TitleScore, WordLists.HeadingScore, WordLists.SummaryScore]);
    }

    [Fact]
    public void A_word_keeps_only_its_best_pages_in_the_same_order_on_every_build()
    {
        var pages = Enumerable.Range(0, 50).Select(number => Page($"/articles/p{number:00}/", $"Side note {49 - number:00}")).ToList();

        var results = WordLists.Of(["side"], pages)["side"];

        results.Count.ShouldBe(WordLists.PagesPerWord);
        results.Select(result => result.Title).ShouldBe(results.Select(result => result.Title).Order(StringComparer.Ordinal));
        WordLists.Of(["side"], Enumerable.Reverse(pages).ToList())["side"].ShouldBe(results);
    }

    [Fact]
    public void Short_patient_words_of_the_synonym_groups_are_listed_too()
    {
        var groups = new[] { new KnowledgeBase.Content.SynonymGroup(["fat-dissolving injections", "lipo"], KnowledgeBase.Diagnostics.SourceLocation.StartOf("content/synonyms.yml")) };

        WordLists.SynonymWords(groups).ShouldBe(["fat", "dissolving", "injections", "lipo"]);
    }

    [Fact]
    public void A_large_site_gets_a_list_for_each_common_word_in_a_title_heading_or_summary_and_a_small_site_none()
    {
        using var large = LargeSearchSite.Create();
        large.Build().Succeeded.ShouldBeTrue();

        using var vocabulary = JsonDocument.Parse(large.ReadOutput("search/vocabulary.json"));
        var listed = vocabulary.RootElement.GetProperty("listed").EnumerateArray().Select(word => word.GetString()!).ToList();
        listed.ShouldContain("side");
        listed.ShouldContain("bruises", "a synonym word in a heading");
        listed.ShouldNotContain("bruising", "a synonym word only in the text of a page");
        listed.ShouldContain("studies", "a word on two thirds of the pages, in a heading");
        listed.ShouldAllBe(word => File.Exists(Path.Combine(large.Output, "search", "words", word + ".json")));
        using var side = JsonDocument.Parse(large.ReadOutput("search/words/side.json"));
        var first = side.RootElement.GetProperty("results")[0];
        first.GetProperty("title").GetString().ShouldBe("Side effects of the treatment");
        first.GetProperty("url").GetString().ShouldBe("/articles/note-07/");
        large.ReadOutput("sitemap.xml").ShouldNotContain("/search/words/");

        using var small = new TestSite();
        small.Build().Succeeded.ShouldBeTrue();
        Directory.Exists(Path.Combine(small.Output, "search", "words")).ShouldBeFalse();
    }

    [Fact]
    public void A_heading_made_of_words_the_page_already_had_puts_the_page_in_that_words_list_on_the_next_build()
    {
        using var site = LargeSearchSite.Create();
        site.Build().Succeeded.ShouldBeTrue();
        var note = site.ReadSource("content/articles/note-12.md");
        site.Write("content/articles/note-12.md", note.Replace("## What happens", "What happens.\n\n## Side effects", StringComparison.Ordinal));

        var result = site.Build();

        result.CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");
        result.RenderedFiles.ShouldContain("search/words/side.json", "the page's words are the same, but a heading now has one of them");
        site.ReadOutput("search/words/side.json").ShouldContain("/articles/note-12/#side-effects");
    }

    [Fact]
    public void A_word_list_deleted_from_the_output_is_written_again_though_no_word_changed()
    {
        using var site = LargeSearchSite.Create();
        site.Build().Succeeded.ShouldBeTrue();
        var expected = site.ReadOutput("search/words/side.json");
        File.Delete(Path.Combine(site.Output, "search", "words", "side.json"));

        var result = site.Build();

        result.CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");
        site.ReadOutput("search/words/side.json").ShouldBe(expected);
    }
}

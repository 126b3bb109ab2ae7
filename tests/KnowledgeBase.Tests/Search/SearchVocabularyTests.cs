using System.Text.Json;
using KnowledgeBase.Search;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

public sealed class SearchVocabularyTests
{
    [Fact]
    public void Site_terms_are_the_distinct_words_found_in_most_pages_first()
    {
        var terms = SearchVocabulary.SiteTerms(SearchVocabulary.PagesPerWord(["Mesotherapy for fat. Fat fat fat!", "Mesotherapy and cellulite", "Cellulite? mesotherapy"]));

        terms.ShouldBe(["mesotherapy", "cellulite"]);
    }

    [Fact]
    public void Words_on_nearly_every_page_of_a_large_site_are_listed_so_search_can_leave_them_out()
    {
        var documents = Enumerable.Range(0, 100)
            .Select(page => $"mesotherapy {(page < 85 ? "injections" : "")} {(page < 75 ? "cellulite" : "")}")
            .ToList();

        SearchVocabulary.EverywhereWords(SearchVocabulary.PagesPerWord(documents), documents.Count).ShouldBe(["injections", "mesotherapy"]);
        SearchVocabulary.EverywhereWords(SearchVocabulary.PagesPerWord(documents.Take(20)), 20).ShouldBeEmpty();
    }

    [Fact]
    public void The_built_vocabulary_holds_the_synonym_groups_and_the_words_of_the_articles()
    {
        using var site = new TestSite();
        site.Write("content/synonyms.yml", "- [Hair Loss, alopecia]\n");
        site.Build().Succeeded.ShouldBeTrue();
        var file = Path.Combine(site.Output, "search", "vocabulary.json");

        using var vocabulary = JsonDocument.Parse(File.ReadAllText(file));

        vocabulary.RootElement.GetProperty("synonyms")[0].EnumerateArray().Select(term => term.GetString()).ShouldBe(["hair loss", "alopecia"]);
        var terms = vocabulary.RootElement.GetProperty("terms").EnumerateArray().Select(term => term.GetString()).ToList();
        terms.ShouldContain("injections");
        terms.ShouldContain("millimetres");
        terms.ShouldNotContain("few");
        site.ReadOutput("index.html").ShouldContain("data-vocabulary=\"/search/vocabulary.json\"");
    }

    [Fact]
    public void Each_language_has_its_own_vocabulary_of_its_own_pages_words_synonyms_and_question_words()
    {
        using var site = new TestSite();
        site.Write("content/synonyms.yml", "- [Hair Loss, alopecia]\n");
        site.Write("content/synonyms.es.yml", "- [papada, doble mentón]\n");
        site.AddSpanish();
        site.Build().Succeeded.ShouldBeTrue();

        var (englishSynonyms, englishTerms) = Vocabulary(site, "search/vocabulary.json");
        var (spanishSynonyms, spanishTerms) = Vocabulary(site, "es/search/vocabulary.json");

        spanishSynonyms.ShouldBe([["papada", "doble mentón"]]);
        spanishTerms.ShouldContain("milímetros");
        spanishTerms.ShouldNotContain("millimetres");
        englishSynonyms.ShouldBe([["hair loss", "alopecia"]]);
        englishTerms.ShouldContain("millimetres");
        englishTerms.ShouldNotContain("milímetros");
        site.ReadOutput("es/articles/que-es-una-muestra/index.html").ShouldContain("data-vocabulary=\"/es/search/vocabulary.json\"");
        QuestionWords(site, "es/search/vocabulary.json").ShouldContain("cuánto");
        QuestionWords(site, "es/search/vocabulary.json").ShouldContain("cuanto");
        QuestionWords(site, "es/search/vocabulary.json").ShouldNotContain("how");
        QuestionWords(site, "search/vocabulary.json").ShouldContain("how");
    }

    [Fact]
    public void Each_language_vocabulary_holds_its_glossary_entries_with_every_name_so_a_query_naming_a_term_finds_its_definition()
    {
        using var site = new TestSite();
        site.AddRepositoryReferences("abdallah2009");
        site.Write("content/articles/sample.md",
            TestSite.SampleArticle.Replace("Small injections into the skin.", "Small injections into the dermis [@abdallah2009].", StringComparison.Ordinal));
        site.Write("content/glossary.yml", "- term: Dermis\n  definition: The middle layer of skin.\n  synonyms: [true skin]\n  refs: [abdallah2009]\n");
        site.AddSpanish(TestSite.SpanishSampleArticle.Replace("Pequeñas inyecciones en la piel.", "Pequeñas inyecciones en la dermis [@abdallah2009].", StringComparison.Ordinal));
        site.Write("content/glossary.es.yml", "- term: Dermis\n  id: dermis\n  definition: La capa media de la piel.\n  synonyms: [piel verdadera]\n  refs: [abdallah2009]\n");
        var build = site.Build();
        build.Succeeded.ShouldBeTrue(string.Join('\n', build.Diagnostics));

        Glossary(site, "search/vocabulary.json").ShouldBe(("Glossary", "Dermis|true skin", "/glossary/#dermis", "The middle layer of skin."));
        Glossary(site, "es/search/vocabulary.json").ShouldBe(("Glosario", "Dermis|piel verdadera", "/es/glossary/#dermis", "La capa media de la piel."));
    }

    private static (string? Title, string Names, string? Url, string? Definition) Glossary(TestSite site, string path)
    {
        using var vocabulary = JsonDocument.Parse(site.ReadOutput(path));
        var glossary = vocabulary.RootElement.GetProperty("glossary");
        var entry = glossary.GetProperty("entries")[0];
        return (glossary.GetProperty("title").GetString(), string.Join('|', entry.GetProperty("names").EnumerateArray().Select(name => name.GetString())),
            entry.GetProperty("url").GetString(), entry.GetProperty("definition").GetString());
    }

    [Fact]
    public void Each_language_s_vocabulary_holds_its_own_word_endings_so_crows_meets_crow_and_inyecciones_meets_inyeccion()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Build().Succeeded.ShouldBeTrue();

        WordForms(site, "search/vocabulary.json", "endings").ShouldContain("ing");
        WordForms(site, "search/vocabulary.json", "kept").ShouldContain("ss");
        WordForms(site, "es/search/vocabulary.json", "endings").ShouldContain("es");
        WordForms(site, "es/search/vocabulary.json", "endings").ShouldNotContain("ing");
        WordForms(site, "es/search/vocabulary.json", "kept").ShouldContain("is");
    }

    private static List<string?> WordForms(TestSite site, string path, string list)
    {
        using var vocabulary = JsonDocument.Parse(site.ReadOutput(path));
        return vocabulary.RootElement.GetProperty("wordForms").GetProperty(list).EnumerateArray().Select(word => word.GetString()).ToList();
    }

    private static List<string?> QuestionWords(TestSite site, string path)
    {
        using var vocabulary = JsonDocument.Parse(site.ReadOutput(path));
        return vocabulary.RootElement.GetProperty("questionWords").EnumerateArray().Select(word => word.GetString()).ToList();
    }

    private static (List<List<string?>> Synonyms, List<string?> Terms) Vocabulary(TestSite site, string path)
    {
        using var vocabulary = JsonDocument.Parse(site.ReadOutput(path));
        return (
            vocabulary.RootElement.GetProperty("synonyms").EnumerateArray().Select(group => group.EnumerateArray().Select(term => term.GetString()).ToList()).ToList(),
            vocabulary.RootElement.GetProperty("terms").EnumerateArray().Select(term => term.GetString()).ToList());
    }

    [Fact]
    public void The_built_vocabulary_holds_the_question_shapes_and_the_sections_that_answer_them()
    {
        using var site = new TestSite();
        site.Write("content/search-intents.yml", "- questions: [Is * Safe, safety]\n  sections: [Is-It-Safe, about-safety]\n");
        site.Build().Succeeded.ShouldBeTrue();

        using var vocabulary = JsonDocument.Parse(site.ReadOutput("search/vocabulary.json"));

        var intent = vocabulary.RootElement.GetProperty("intents")[0];
        intent.GetProperty("questions").EnumerateArray().Select(question => question.GetString()).ShouldBe(["is * safe", "safety"]);
        intent.GetProperty("sections").EnumerateArray().Select(section => section.GetString()).ShouldBe(["is-it-safe", "about-safety"]);
    }
}

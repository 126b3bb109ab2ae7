using System.Text.Json;
using KnowledgeBase.Content;
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
    public void Words_on_a_third_of_the_pages_of_a_large_site_are_common_and_listed_but_not_left_out()
    {
        var documents = Enumerable.Range(0, 100)
            .Select(page => $"mesotherapy {(page < 35 ? "studies" : "")} {(page < 25 ? "collagen" : "")}")
            .ToList();

        SearchVocabulary.CommonWords(SearchVocabulary.PagesPerWord(documents), documents.Count).ShouldBe(["mesotherapy", "studies"]);
        SearchVocabulary.EverywhereWords(SearchVocabulary.PagesPerWord(documents), documents.Count).ShouldBe(["mesotherapy"]);
        SearchVocabulary.CommonWords(SearchVocabulary.PagesPerWord(documents.Take(20)), 20).ShouldBeEmpty();
    }

    [Fact]
    public void Words_on_nearly_every_page_of_a_site_of_ten_pages_or_more_are_widespread_though_a_query_keeps_them()
    {
        var documents = Enumerable.Range(0, 20)
            .Select(page => $"mesotherapy {(page < 17 ? "after" : "")} {(page < 15 ? "kybella" : "")}")
            .ToList();

        SearchVocabulary.WidespreadWords(SearchVocabulary.PagesPerWord(documents), documents.Count).ShouldBe(["after", "mesotherapy"]);
        SearchVocabulary.EverywhereWords(SearchVocabulary.PagesPerWord(documents), documents.Count).ShouldBeEmpty();
        SearchVocabulary.WidespreadWords(SearchVocabulary.PagesPerWord(documents.Take(9)), 9).ShouldBeEmpty();
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
    public void A_build_after_an_edit_has_the_edited_article_s_new_words_and_not_its_old_ones_though_unchanged_pages_words_come_from_the_cache()
    {
        using var site = new TestSite();
        var article = site.ReadSource("content/articles/sample.md");
        site.Write("content/articles/sample.md", article + "\nThe zygomaticus lies deeper.\n");
        site.Build().Succeeded.ShouldBeTrue();
        Vocabulary(site, "search/vocabulary.json").Terms.ShouldContain("zygomaticus");

        site.Write("content/articles/sample.md", article + "\nThe platysma lies deeper.\n");
        site.Build().Succeeded.ShouldBeTrue();

        var terms = Vocabulary(site, "search/vocabulary.json").Terms;
        terms.ShouldContain("platysma");
        terms.ShouldNotContain("zygomaticus");
        terms.ShouldContain("millimetres");
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("cut short")]
    public void A_word_cache_that_is_damaged_or_cut_short_gives_the_vocabulary_a_fresh_count_gives(string damage)
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var fresh = site.ReadOutput("search/vocabulary.json");
        var cache = Path.Combine(site.Root, ".cache", "search-words.bin");
        var bytes = File.ReadAllBytes(cache);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(cache, damage == "damaged" ? bytes : bytes[..(bytes.Length / 2)]);

        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("search/vocabulary.json").ShouldBe(fresh);
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
        Words(site, "es/search/vocabulary.json", "questionWords").ShouldContain("cuánto");
        Words(site, "es/search/vocabulary.json", "questionWords").ShouldContain("cuanto");
        Words(site, "es/search/vocabulary.json", "questionWords").ShouldNotContain("how");
        Words(site, "search/vocabulary.json", "questionWords").ShouldContain("how");
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
    public void Each_language_s_vocabulary_holds_its_own_word_endings_spellings_and_sound_alikes_so_crows_meets_crow_and_inyecciones_meets_inyeccion()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Build().Succeeded.ShouldBeTrue();

        WordForms(site, "search/vocabulary.json", "endings").ShouldContain("ing");
        WordForms(site, "search/vocabulary.json", "kept").ShouldContain("ss");
        WordForms(site, "es/search/vocabulary.json", "endings").ShouldContain("es");
        WordForms(site, "es/search/vocabulary.json", "endings").ShouldNotContain("ing");
        WordForms(site, "es/search/vocabulary.json", "kept").ShouldContain("is");
        WordForms(site, "search/vocabulary.json", "spellings").ShouldContain("ae>e");
        WordForms(site, "es/search/vocabulary.json", "spellings").ShouldBe(["isimo$>o", "isima$>o"]);
        Words(site, "search/vocabulary.json", "soundAlikes").ShouldContain("ph>f");
        Words(site, "search/vocabulary.json", "soundAlikes").ShouldNotContain("v>b");
        Words(site, "es/search/vocabulary.json", "soundAlikes").ShouldContain("v>b");
        Words(site, "es/search/vocabulary.json", "soundAlikes").ShouldNotContain("ph>f");
    }

    [Fact]
    public void Each_language_s_ordinary_words_that_no_page_has_sit_beside_its_vocabulary_so_that_while_is_never_corrected_to_whole()
    {
        using var site = new TestSite();
        site.AddSpanish();
        var article = site.ReadSource("content/articles/sample.md");
        site.Write("content/articles/sample.md", article + "\nThe skin heals within a week.\n");
        site.Build().Succeeded.ShouldBeTrue();

        var english = OrdinaryWords(site, "search/ordinary-words.json");
        english.ShouldContain("while");
        english.ShouldNotContain("week", "a page has it, so the site's words hold it already");
        Words(site, "search/vocabulary.json", "terms").ShouldContain("week");
        OrdinaryWords(site, "es/search/ordinary-words.json").ShouldContain("mientras");
        OrdinaryWords(site, "es/search/ordinary-words.json").ShouldNotContain("while");
        using var vocabulary = JsonDocument.Parse(site.ReadOutput("search/vocabulary.json"));
        vocabulary.RootElement.TryGetProperty("ordinary", out _).ShouldBeFalse("every query reads the vocabulary; only one with a word no page has reads the ordinary words");
    }

    [Fact]
    public void The_English_vocabulary_names_us_a_pronoun_so_that_can_you_tell_us_is_not_read_as_the_United_States()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Build().Succeeded.ShouldBeTrue();

        Words(site, "search/vocabulary.json", "pronouns").ShouldBe(["us"]);
        Words(site, "search/vocabulary.json", "pronounNameWords").ShouldBe(["the", "in"]);
        Words(site, "es/search/vocabulary.json", "pronouns").ShouldBeEmpty();
        Words(site, "es/search/vocabulary.json", "pronounNameWords").ShouldBeEmpty();
    }

    [Fact]
    public void Each_language_s_vocabulary_holds_its_countries_with_their_sections_ids_and_names_so_british_finds_the_UK_sections()
    {
        using var site = new TestSite();
        site.AddSpanish();
        WriteCountries(site, "i18n/en.yml", "how-it-is-done depth: united kingdom, uk, british, mhra;\n  depth: france, french");
        WriteCountries(site, "i18n/es.yml", "how-it-is-done depth: reino unido, británico;\n  depth: francia, francés");
        site.Build().Succeeded.ShouldBeTrue();

        var english = Countries(site, "search/vocabulary.json");
        var spanish = Countries(site, "es/search/vocabulary.json");

        var unitedKingdom = english.Single(country => country.Names.Contains("british"));
        unitedKingdom.Sections.ShouldBe(["how-it-is-done", "depth"]);
        unitedKingdom.Names.ShouldBe(["united kingdom", "uk", "british", "mhra"]);
        spanish.Single(country => country.Names.Contains("reino unido")).Sections.ShouldBe(["how-it-is-done", "depth"]);
        english.Count.ShouldBe(2);
        spanish.Count.ShouldBe(2);
    }

    /// <summary>Writes a language's countries as a folded block under search_countries, which a test site leaves empty.</summary>
    private static void WriteCountries(TestSite site, string file, string countries) =>
        site.Write(file, site.ReadSource(file).Replace("search_countries: \"\"\n", $"search_countries: >-\n  {countries}\n", StringComparison.Ordinal));

    private static List<(List<string?> Sections, List<string?> Names)> Countries(TestSite site, string path)
    {
        using var vocabulary = JsonDocument.Parse(site.ReadOutput(path));
        List<string?> Strings(JsonElement country, string list) => country.GetProperty(list).EnumerateArray().Select(item => item.GetString()).ToList();
        return vocabulary.RootElement.GetProperty("countries").EnumerateArray().Select(country => (Strings(country, "sections"), Strings(country, "names"))).ToList();
    }

    private static List<string?> WordForms(TestSite site, string path, string list)
    {
        using var vocabulary = JsonDocument.Parse(site.ReadOutput(path));
        return vocabulary.RootElement.GetProperty("wordForms").GetProperty(list).EnumerateArray().Select(word => word.GetString()).ToList();
    }

    private static List<string?> Words(TestSite site, string path, string list)
    {
        using var vocabulary = JsonDocument.Parse(site.ReadOutput(path));
        return vocabulary.RootElement.GetProperty(list).EnumerateArray().Select(word => word.GetString()).ToList();
    }

    private static List<string?> OrdinaryWords(TestSite site, string path)
    {
        using var words = JsonDocument.Parse(site.ReadOutput(path));
        return words.RootElement.EnumerateArray().Select(word => word.GetString()).ToList();
    }

    private static (List<List<string?>> Synonyms, List<string?> Terms) Vocabulary(TestSite site, string path)
    {
        using var vocabulary = JsonDocument.Parse(site.ReadOutput(path));
        return (
            vocabulary.RootElement.GetProperty("synonyms").EnumerateArray().Select(group => group.EnumerateArray().Select(term => term.GetString()).ToList()).ToList(),
            vocabulary.RootElement.GetProperty("terms").EnumerateArray().Select(term => term.GetString()).ToList());
    }

    [Fact]
    public void A_translation_language_s_vocabulary_counts_its_translated_standing_pages_as_the_English_one_counts_the_English_pages()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Write("content/pages/help.md", "---\ntitle: Help\nsummary: How to read this site.\n---\n\nRead the articles calmly.\n");
        var revision = RevisionStamp.Of(File.ReadAllBytes(Path.Combine(site.Root, "content/pages/help.md")));
        site.Write("content/pages/help.es.md", $"---\ntitle: Ayuda\nslug: ayuda\nsummary: Cómo leer este sitio.\ntranslation_of: {{revision: \"{revision}\", date: 2026-11-01}}\n"
            + "translated_by: [editorial-team]\n---\n\nLea los artículos con tranquilidad.\n");
        site.Build().Succeeded.ShouldBeTrue();

        Vocabulary(site, "search/vocabulary.json").Terms.ShouldContain("calmly");
        Vocabulary(site, "es/search/vocabulary.json").Terms.ShouldContain("tranquilidad");
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

    [Fact]
    public void A_translation_language_has_its_own_question_shapes_for_the_same_sections()
    {
        using var site = new TestSite();
        site.Write("content/search-intents.yml", "- questions: [is * safe]\n  sections: [is-it-safe]\n");
        site.Write("content/search-intents.es.yml", "- questions: [es * segura, Duele]\n  sections: [is-it-safe, what-a-session-is-like]\n");
        site.AddSpanish();
        site.Build().Succeeded.ShouldBeTrue();

        using var english = JsonDocument.Parse(site.ReadOutput("search/vocabulary.json"));
        using var spanish = JsonDocument.Parse(site.ReadOutput("es/search/vocabulary.json"));

        Questions(english).ShouldBe(["is * safe"]);
        Questions(spanish).ShouldBe(["es * segura", "duele"]);
        spanish.RootElement.GetProperty("intents")[0].GetProperty("sections").EnumerateArray().Select(section => section.GetString())
            .ShouldBe(["is-it-safe", "what-a-session-is-like"]);
    }

    private static List<string?> Questions(JsonDocument vocabulary) =>
        vocabulary.RootElement.GetProperty("intents").EnumerateArray()
            .SelectMany(intent => intent.GetProperty("questions").EnumerateArray().Select(question => question.GetString())).ToList();
}

using KnowledgeBase.SearchEvaluation;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

/// <summary>
/// The evaluation's meaningful words, on a site of two English and two Spanish pages: a query typed into a language's
/// search page is read with that language's question words and the words on nearly every page of that language.
/// </summary>
public sealed class MeaningfulWordsTests : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kb-meaningful-" + Guid.NewGuid().ToString("N"))).FullName;

    public MeaningfulWordsTests()
    {
        Write("content/articles/cost.md", "---\ntitle: Cost\n---\nWhat one session costs, and prices in France.\n");
        Write("content/articles/cost.es.md", "---\ntitle: Coste\n---\n## Coste {#what-it-costs}\n\nCuánto cuesta una sesión, y los precios en Francia.\n");
        Write("content/pages/about.md", "---\ntitle: About\n---\nWho writes these pages about prices.\n");
        Write("content/pages/about.es.md", "---\ntitle: Acerca\n---\n## Quién {#who-writes-it-costs}\n\nQuién escribe estas páginas sobre precios.\n");
        Write("_site/search/vocabulary.json", Vocabulary("mesotherapy", ["how", "much", "the"]));
        Write("_site/es/search/vocabulary.json", Vocabulary("mesoterapia", ["cuanto", "cuánto", "de", "la", "en"]));
    }

    [Fact]
    public void A_spanish_query_is_read_with_the_spanish_question_words_and_subject()
    {
        var spanish = MeaningfulWords.Of(_root, Path.Combine(_root, "_site"), "/es/search/", MeaningfulWords.DefaultShare);

        spanish.Of("cuánto cuesta la mesoterapia en francia").ShouldBe(["cuesta", "francia"]);
    }

    [Fact]
    public void A_word_on_every_spanish_page_is_not_meaningful_on_the_spanish_search_page_only()
    {
        var spanish = MeaningfulWords.Of(_root, Path.Combine(_root, "_site"), "/es/search/", MeaningfulWords.DefaultShare);
        var english = MeaningfulWords.Of(_root, Path.Combine(_root, "_site"), "/search/", MeaningfulWords.DefaultShare);

        spanish.IsMeaningful("precios").ShouldBeFalse();
        english.IsMeaningful("precios").ShouldBeTrue();
        english.IsMeaningful("prices").ShouldBeFalse();
    }

    [Fact]
    public void The_english_id_a_translated_heading_keeps_is_no_word_of_the_spanish_pages()
    {
        var spanish = MeaningfulWords.Of(_root, Path.Combine(_root, "_site"), "/es/search/", MeaningfulWords.DefaultShare);

        spanish.IsMeaningful("costs").ShouldBeTrue();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        var file = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    private static string Vocabulary(string subject, string[] questionWords) =>
        System.Text.Json.JsonSerializer.Serialize(new { subject, questionWords, treatmentWords = Array.Empty<string>(), intents = Array.Empty<object>(), synonyms = Array.Empty<string[]>() });
}

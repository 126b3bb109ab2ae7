using KnowledgeBase.SearchEvaluation;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

/// <summary>
/// The evaluation's reading of a judgement file, on scratch files: the search page its queries are typed into, and a
/// key or a search page it cannot use refused with the file, line and column.
/// </summary>
public sealed class JudgementSetTests : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kb-judgement-set-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public void A_set_that_names_no_search_page_is_typed_into_the_english_search_page()
    {
        var set = JudgementSet.LoadFile(Write("""
            queries:
              - query: kybella
                kind: brand
                relevant:
                  /articles/fat-dissolving-injections-and-kybella/: 2
            """));

        set.SearchPage.ShouldBe("/search/");
    }

    [Fact]
    public void A_set_is_typed_into_the_search_page_it_names()
    {
        var set = JudgementSet.LoadFile(Write("""
            search_page: /es/search/
            queries:
              - query: papada
                kind: plain
                relevant:
                  /es/articles/inyecciones-para-disolver-grasa-y-kybella/: 2
            """));

        set.SearchPage.ShouldBe("/es/search/");
        set.SearchPageLine.ShouldBe(1);
    }

    [Fact]
    public void An_unknown_key_is_refused_with_file_line_and_column()
    {
        var file = Write("""
            queries:
              - query: papada
                kind: plain
                relevant:
                  /es/articles/inyecciones-para-disolver-grasa-y-kybella/: 2
            searchpage: /es/search/
            """);

        Should.Throw<InvalidDataException>(() => JudgementSet.LoadFile(file)).Message
            .ShouldBe($"{file}:6:1: unknown key 'searchpage' (a set has 'queries' and may have 'search_page')");
    }

    [Fact]
    public void A_search_page_that_is_not_a_search_page_is_refused_with_file_line_and_column()
    {
        var file = Write("""
            search_page: /es/articles/que-es-la-mesoterapia/
            queries:
              - query: papada
                kind: plain
                relevant:
                  /es/articles/inyecciones-para-disolver-grasa-y-kybella/: 2
            """);

        Should.Throw<InvalidDataException>(() => JudgementSet.LoadFile(file)).Message
            .ShouldBe($"{file}:1:14: search_page '/es/articles/que-es-la-mesoterapia/' is not a search page (/search/, or a language's such as /es/search/)");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string yaml)
    {
        var file = Path.Combine(_root, "scratch.yml");
        File.WriteAllText(file, yaml);
        return file;
    }
}

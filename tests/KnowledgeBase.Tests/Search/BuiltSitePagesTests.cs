using KnowledgeBase.SearchEvaluation;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

/// <summary>
/// The evaluation's check of a judgement file against a built site, on a site of one page and the English search page
/// and a scratch file: each target the site lacks, and a search page it lacks, is named with the file and the line.
/// </summary>
public sealed class BuiltSitePagesTests : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kb-judged-" + Guid.NewGuid().ToString("N"))).FullName;

    public BuiltSitePagesTests()
    {
        var page = Directory.CreateDirectory(Path.Combine(_root, "_site", "articles", "side-effects"));
        File.WriteAllText(Path.Combine(page.FullName, "index.html"), """
            <!doctype html><html lang="en"><head><title>Side effects</title></head>
            <body><main><h1>Side effects</h1><h2 id="if-something-goes-wrong">If something goes wrong</h2></main></body></html>
            """);
        var search = Directory.CreateDirectory(Path.Combine(_root, "_site", "search"));
        File.WriteAllText(Path.Combine(search.FullName, "index.html"), """
            <!doctype html><html lang="en"><head><title>Search</title></head>
            <body><main><h1>Search</h1><input id="search-page-input" type="search"></main></body></html>
            """);
    }

    [Fact]
    public void A_target_whose_anchor_is_not_on_its_page_is_named_with_file_line_and_query()
    {
        var set = Set("""
            queries:
              - query: lump after injections
                kind: symptom
                relevant:
                  /articles/side-effects/: 2
                  /articles/side-effects/#if-somthing-goes-wrong: 2
            """);

        new BuiltSitePages(Path.Combine(_root, "_site")).Missing(set, _root)
            .ShouldBe(["scratch.yml:6: lump after injections: /articles/side-effects/#if-somthing-goes-wrong is not on the built site"]);
    }

    [Fact]
    public void A_target_whose_page_is_not_on_the_site_is_named_with_file_line_and_query()
    {
        var set = Set("""
            queries:
              - query: lump after injections
                kind: symptom
                relevant:
                  /articles/side-effects/#if-something-goes-wrong: 2
              - query: kybella
                kind: brand
                relevant:
                  /articles/kybella/: 2
            """);

        new BuiltSitePages(Path.Combine(_root, "_site")).Missing(set, _root)
            .ShouldBe(["scratch.yml:9: kybella: /articles/kybella/ is not on the built site"]);
    }

    [Fact]
    public void A_search_page_the_site_does_not_have_is_named_with_file_and_line()
    {
        var set = Set("""
            search_page: /es/search/
            queries:
              - query: bultos despues de las inyecciones
                kind: symptom
                relevant:
                  /articles/side-effects/#if-something-goes-wrong: 2
            """);

        new BuiltSitePages(Path.Combine(_root, "_site")).Missing(set, _root)
            .ShouldBe(["scratch.yml:1: search_page: /es/search/ is not on the built site"]);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private JudgementSet Set(string yaml)
    {
        var file = Path.Combine(_root, "scratch.yml");
        File.WriteAllText(file, yaml);
        return JudgementSet.LoadFile(file);
    }
}

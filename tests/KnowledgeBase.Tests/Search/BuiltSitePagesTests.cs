using KnowledgeBase.SearchEvaluation;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

/// <summary>
/// The evaluation's check of a judgement file against a built site, on a one-page site with the English search page
/// and a scratch file: each target the site lacks, and a search page it lacks, is named with the file and the line;
/// and the text a target holds, which tells whether a query's words could ever find it.
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
    public void A_section_target_holds_its_text_and_its_subsections_up_to_the_next_heading_of_its_level_without_ignored_parts()
    {
        var page = Directory.CreateDirectory(Path.Combine(_root, "_site", "articles", "fat"));
        File.WriteAllText(Path.Combine(page.FullName, "index.html"), """
            <!doctype html><html lang="en"><head><title>Fat</title></head>
            <body><nav>Menu</nav><article data-pagefind-body><h1>Fat</h1><p>Intro</p>
            <div class="section-heading"><h2 id="risks">Risks</h2></div><p>Swelling</p><h3 id="lumps">Lumps</h3><p>Nodules</p>
            <h2 id="cost">Cost</h2><p>Prices</p><section data-pagefind-ignore><p>References</p></section></article></body></html>
            """);
        var pages = new BuiltSitePages(Path.Combine(_root, "_site"));

        Words(pages.Text("/articles/fat/#risks")).ShouldBe(["Risks", "Swelling", "Lumps", "Nodules"]);
        Words(pages.Text("/articles/fat/#lumps")).ShouldBe(["Lumps", "Nodules"]);
        Words(pages.Text("/articles/fat/")).ShouldBe(["Fat", "Intro", "Risks", "Swelling", "Lumps", "Nodules", "Cost", "Prices"]);
    }

    [Fact]
    public void A_glossary_entry_target_holds_its_term_and_its_definition_only()
    {
        var page = Directory.CreateDirectory(Path.Combine(_root, "_site", "glossary"));
        File.WriteAllText(Path.Combine(page.FullName, "index.html"), """
            <!doctype html><html lang="en"><head><title>Glossary</title></head>
            <body><main data-pagefind-body><h2 id="o">O</h2><dl><dt id="off-label">Off-label</dt><dd>Used otherwise</dd>
            <dt id="oedema">Oedema</dt><dd>Swelling</dd></dl></main></body></html>
            """);

        Words(new BuiltSitePages(Path.Combine(_root, "_site")).Text("/glossary/#off-label")).ShouldBe(["Off-label", "Used", "otherwise"]);
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

    private static string[] Words(string text) => text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private JudgementSet Set(string yaml)
    {
        var file = Path.Combine(_root, "scratch.yml");
        File.WriteAllText(file, yaml);
        return JudgementSet.LoadFile(file);
    }
}

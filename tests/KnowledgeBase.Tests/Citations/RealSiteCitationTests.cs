using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Translations;
using Shouldly;

namespace KnowledgeBase.Tests.Citations;

/// <summary>The citations of the real content, built once: what a reader and a reference manager meet.</summary>
public sealed class RealSiteCitationTests(RealSite site) : IClassFixture<RealSite>
{
    private readonly HtmlParser _parser = new();

    private AngleSharp.Html.Dom.IHtmlDocument Page(string relativePath) =>
        _parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, relativePath)));

    private static IEnumerable<string> ReferenceKeys =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "content", "references"), "*.md")
            .Where(path => TranslationFiles.LanguageOf(path) is null).Select(Path.GetFileNameWithoutExtension).OfType<string>();

    [Fact]
    public void Every_source_has_a_citation_page_and_three_downloads()
    {
        foreach (var key in ReferenceKeys)
        {
            foreach (var file in new[] { $"{key}/index.html", $"{key}.bib", $"{key}.ris", $"{key}.json" })
            {
                File.Exists(Path.Combine(site.Output, "references", file)).ShouldBeTrue(file);
            }
        }
    }

    [Fact]
    public void Every_cited_in_link_resolves_to_a_citation_of_that_source_in_the_article()
    {
        var checkedLinks = 0;
        foreach (var key in ReferenceKeys)
        {
            foreach (var link in Page($"references/{key}/index.html").QuerySelectorAll(".cited-in ul a"))
            {
                var parts = link.GetAttribute("href")!.Split('#');
                var target = Page(parts[0].TrimStart('/') + "index.html").GetElementById(parts[1]);
                target.ShouldNotBeNull(link.GetAttribute("href"));
                target.GetAttribute("href").ShouldBe($"#ref-{key}");
                checkedLinks++;
            }
        }

        checkedLinks.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void What_a_session_is_like_keeps_its_section_id_and_cites_every_sentence_it_does_not_mark_as_not_known()
    {
        var page = Page("articles/what-is-mesotherapy/index.html");
        var session = page.QuerySelector("section.session").ShouldNotBeNull();

        session.QuerySelector("h2")!.Id.ShouldBe("what-a-session-is-like");
        page.QuerySelectorAll("nav.contents a").Select(link => link.GetAttribute("href")).ShouldContain("#what-a-session-is-like");
        var sentences = session.QuerySelectorAll("h3 ~ p:not(.not-known)");
        sentences.ShouldNotBeEmpty();
        sentences.ShouldAllBe(sentence => sentence.QuerySelector("sup.citation") != null);
        session.QuerySelectorAll("p.not-known").Select(note => note.TextContent).ShouldContain("Not known: How long one session lasts.");
    }

    [Fact]
    public async Task Every_bibtex_and_ris_download_imports_into_citation_js_as_its_csl_json_says()
    {
        var (exitCode, output, errors) = await NodeProcess.RunAsync("tests/KnowledgeBase.Tests/Citations/import-exports.mjs", site.Output);

        output.ShouldStartWith($"imported {ReferenceKeys.Count() * 2} files", customMessage: output + errors);
        exitCode.ShouldBe(0, output + errors);
    }
}

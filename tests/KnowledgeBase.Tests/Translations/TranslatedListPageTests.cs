using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>
/// The pages the generator makes from the site's own lists, in a translation language: topics, glossary, evidence,
/// bibliography, and each translated article's embed card and social image.
/// </summary>
public sealed class TranslatedListPageTests : IDisposable
{
    private const string SpanishArticle = "/es/articles/que-es-una-muestra/";

    private readonly TestSite _site = new();

    public TranslatedListPageTests()
    {
        _site.AddRepositoryReferences("abdallah2009");
        _site.Write("content/articles/sample.md", TestSite.WithFrontMatter(TestSite.SampleArticle
                .Replace("Small injections into the skin.", "Small injections into the dermis [@abdallah2009].", StringComparison.Ordinal),
            "uses:\n  - name: Fat loss\n    evidence: low\n    verdict: It may reduce fat a little.\n    refs: [abdallah2009]"));
        _site.Write("content/glossary.yml", "- term: Dermis\n  definition: The middle layer of skin.\n  refs: [abdallah2009]\n");
        _site.AddSpanish(TestSite.SpanishSampleArticle
            .Replace("Pequeñas inyecciones en la piel.", "Pequeñas inyecciones en la dermis [@abdallah2009].", StringComparison.Ordinal)
            .Replace("translated_by: [editorial-team]",
                "translated_by: [editorial-team]\nuses:\n  - name: Pérdida de grasa\n    evidence: low\n    verdict: Puede que reduzca un poco la grasa.\n    refs: [abdallah2009]",
                StringComparison.Ordinal));
        _site.Write("site.yml", _site.ReadSource("site.yml") +
            "\ntopics:\n  - tag: basics\n    title: The basics\n    description: Where to start.\n    es:\n      title: Lo básico\n      description: Por dónde empezar.\n");
        _site.Write("content/glossary.es.yml", "- term: Dermis\n  id: dermis\n  definition: La capa media de la piel.\n  refs: [abdallah2009]\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_sitemap_lists_every_page_of_a_split_Spanish_list_each_with_the_page_of_the_same_number_in_English()
    {
        using var site = InterfaceLanguageTests.SpanishSiteWithASplitBibliography();
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var entries = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Descendants(sitemap + "url")
            .ToDictionary(url => new Uri(url.Element(sitemap + "loc")!.Value).AbsolutePath, url => url.Elements()
                .Where(element => element.Name.LocalName == "link")
                .Select(link => (link.Attribute("hreflang")!.Value, new Uri(link.Attribute("href")!.Value).AbsolutePath))
                .ToList());

        site.ReadOutput("es/references/page/2/index.html").ShouldNotBeEmpty();
        string[] versions = ["/es/references/page/2/", "/references/page/2/"];
        List<(string, string)> expected = [("en", "/references/page/2/"), ("es", "/es/references/page/2/"), ("x-default", "/references/page/2/")];
        foreach (var path in versions)
        {
            entries[path].ShouldBe(expected, $"{path} names the same versions as the other language's page 2 and as its own head");
        }
    }

    [Fact]
    public void A_later_page_of_a_split_Spanish_list_names_itself_and_the_English_page_of_the_same_number_as_its_versions()
    {
        using var site = InterfaceLanguageTests.SpanishSiteWithASplitBibliography();
        var spanish = new HtmlParser().ParseDocument(site.ReadOutput("es/references/page/2/index.html"));
        var english = new HtmlParser().ParseDocument(site.ReadOutput("references/page/2/index.html"));

        List<(string, string)> versions =
            [("en", "https://test.example/references/page/2/"), ("es", "https://test.example/es/references/page/2/"), ("x-default", "https://test.example/references/page/2/")];
        Alternates(spanish).ShouldBe(versions);
        Alternates(english).ShouldBe(versions);
        english.QuerySelector(".language-switcher a")!.GetAttribute("href").ShouldBe("/es/references/page/2/", "the English page 2 leads to the Spanish page 2");
        spanish.QuerySelector(".language-switcher a")!.GetAttribute("href").ShouldBe("/references/page/2/");
    }

    [Fact]
    public void The_later_pages_of_the_Spanish_home_and_topic_lists_name_the_English_pages_of_the_same_number()
    {
        using var site = new TestSite(withSampleArticle: false);
        for (var number = 1; number <= LongListSite.Count; number++)
        {
            site.Write($"content/articles/note-{number:000}.md",
                $"---\ntitle: Treatment note {number}\nsummary: Note {number} on the treatment.\ntags: [notes]\n{TestSite.ArticleMeta}reviewed_by: []\n---\nA note.\n");
            site.AddSpanish(
                $"---\ntitle: Nota {number}\nslug: nota-{number:000}\nsummary: Nota {number} sobre el tratamiento.\ntranslation_of:\n  revision: {{revision}}\n  date: 2026-11-01\ntranslated_by: [editorial-team]\n---\nUna nota.\n",
                $"note-{number:000}");
        }

        site.Build().ShouldHaveBuilt("The site whose Spanish home and topic lists split");

        foreach (var list in new[] { "/", "/topics/notes/" })
        {
            List<(string, string)> versions =
                [("en", $"https://test.example{list}page/2/"), ("es", $"https://test.example/es{list}page/2/"), ("x-default", $"https://test.example{list}page/2/")];
            foreach (var page in new[] { $"{list}page/2/", $"/es{list}page/2/" })
            {
                Alternates(new HtmlParser().ParseDocument(site.ReadOutput(page.TrimStart('/') + "index.html"))).ShouldBe(versions, page);
            }
        }
    }

    private static List<(string, string)> Alternates(IDocument page) =>
        page.QuerySelectorAll("head link[rel=alternate][hreflang]").Select(link => (link.GetAttribute("hreflang")!, link.GetAttribute("href")!)).ToList();

    private IDocument Build(string sitePath)
    {
        var result = _site.Build();
        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        return Page(sitePath);
    }

    private IDocument Page(string sitePath) => new HtmlParser().ParseDocument(_site.ReadOutput(sitePath.TrimStart('/') + "index.html"));

    [Fact]
    public void A_topic_page_in_Spanish_is_titled_as_site_yml_translates_it_and_lists_the_Spanish_articles()
    {
        var page = Build("/es/topics/basics/");

        page.DocumentElement.GetAttribute("lang").ShouldBe("es");
        page.QuerySelector("main h1")!.TextContent.ShouldBe("Lo básico");
        page.QuerySelector("main .lead")!.TextContent.ShouldBe("Por dónde empezar.");
        page.QuerySelectorAll("main .article-list a").Select(a => (a.TextContent, a.GetAttribute("href"))).ShouldBe([("¿Qué es una muestra?", SpanishArticle)]);
        page.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.GetAttribute("href")).ShouldBe(["/es/", "/es/topics/"]);
        Page("/topics/basics/").QuerySelector("link[rel=alternate][hreflang=es]")!.GetAttribute("href").ShouldBe("https://test.example/es/topics/basics/");
    }

    [Fact]
    public void A_Spanish_article_leads_to_its_topic_page_in_Spanish()
    {
        var page = Build(SpanishArticle);

        page.QuerySelectorAll("nav.breadcrumbs a").Select(a => (a.TextContent, a.GetAttribute("href"))).ShouldBe([("Inicio", "/es/"), ("Lo básico", "/es/topics/basics/")]);
        page.QuerySelectorAll("main a[href='/es/topics/basics/']").Count().ShouldBeGreaterThan(1);
        page.QuerySelectorAll("main a[href='/topics/basics/']").ShouldBeEmpty();
    }

    [Fact]
    public void The_Spanish_topics_index_counts_each_topic_s_Spanish_articles_in_Spanish()
    {
        var page = Build("/es/topics/");

        page.QuerySelector("main h1")!.TextContent.ShouldBe("Temas");
        page.QuerySelector("main .article-list li")!.TextContent.Trim().ShouldStartWith("Lo básico (1 artículo)");
        page.QuerySelector("main .article-list a")!.GetAttribute("href").ShouldBe("/es/topics/basics/");
    }

    [Fact]
    public void The_Spanish_glossary_keeps_the_English_anchors_and_lists_the_Spanish_articles_that_use_each_term()
    {
        var page = Build("/es/glossary/");

        var entry = page.QuerySelector("main dt#dermis")!;
        entry.TextContent.ShouldBe("Dermis");
        entry.ParentElement!.QuerySelector("dd")!.TextContent.ShouldBe("La capa media de la piel.");
        entry.ParentElement!.QuerySelectorAll(".glossary-used-in a").Select(a => a.GetAttribute("href")).ShouldBe([SpanishArticle]);
        var source = entry.ParentElement!.QuerySelector(".glossary-source a")!;
        (source.GetAttribute("href"), source.GetAttribute("hreflang")).ShouldBe(("/references/abdallah2009/", "en"));
        page.QuerySelector("main .lead")!.TextContent.ShouldStartWith("Definiciones sencillas");
    }

    [Fact]
    public void A_Spanish_article_links_its_first_use_of_a_term_to_the_Spanish_glossary()
    {
        var page = Build(SpanishArticle);

        page.QuerySelectorAll("a.glossary-term").Select(a => (a.TextContent, a.GetAttribute("href"))).ShouldBe([("dermis", "/es/glossary/#dermis")]);
        page.QuerySelector(".glossary-tip")!.TextContent.ShouldBe("La capa media de la piel.");
    }

    [Fact]
    public void A_translated_glossary_term_without_an_English_term_s_id_is_reported()
    {
        _site.Write("content/glossary.es.yml", "- term: Dermis\n  id: dermys\n  definition: La capa media de la piel.\n  refs: [abdallah2009]\n");

        var result = _site.Check();

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(diagnostic => diagnostic.Code.Id == "KB095" && diagnostic.Message.Contains("'dermys'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Spanish_evidence_page_lists_the_Spanish_uses_linking_to_their_rows_in_the_Spanish_articles()
    {
        var page = Build("/es/evidence/");

        page.QuerySelector("main h1")!.TextContent.ShouldBe("Mesoterapia: para qué se usa y qué solidez tienen las pruebas");
        var use = page.QuerySelector("main .evidence-table tbody th a")!;
        (use.TextContent, use.GetAttribute("href")).ShouldBe(("Pérdida de grasa", SpanishArticle + "#use-perdida-de-grasa"));
        Page(SpanishArticle).GetElementById("use-perdida-de-grasa").ShouldNotBeNull();
    }

    [Fact]
    public void The_Spanish_bibliography_marks_original_titles_as_English_and_links_untranslated_sources_to_their_English_page()
    {
        var page = Build("/es/references/");

        page.QuerySelector("main h1")!.TextContent.ShouldBe("Fuentes");
        var entry = page.QuerySelector("main ul.bibliography li")!;
        entry.QuerySelector("span[lang=en]")!.TextContent.ShouldStartWith("Mesotherapy using dutasteride-containing solution");
        var link = entry.QuerySelector("a")!;
        (link.GetAttribute("href"), link.GetAttribute("hreflang")).ShouldBe(("/references/abdallah2009/", "en"));
        page.QuerySelector("#by-study-design")!.TextContent.ShouldBe("Por tipo de estudio");
        Page("/references/").QuerySelector("main ul.bibliography a")!.HasAttribute("hreflang").ShouldBeFalse();
    }

    [Fact]
    public void A_translated_article_has_an_embed_card_in_its_language_that_search_engines_do_not_index()
    {
        var page = Build("/es/embed/que-es-una-muestra/");

        page.DocumentElement.GetAttribute("lang").ShouldBe("es");
        page.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://test.example" + SpanishArticle);
        page.QuerySelector(".embed-meta")!.TextContent.ShouldContain("Fuentes revisadas por última vez el 1 de noviembre de 2026");
        _site.ReadOutput("sitemap.xml").ShouldNotContain("/es/embed/");
        _site.ReadOutput("_headers").ShouldContain("/es/embed/*\n  Content-Security-Policy: " + "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *\n");
        _site.ReadOutput("_headers").ShouldContain("/es/articles/*\n  Content-Security-Policy: ");
    }

    [Fact]
    public void A_translated_article_s_link_preview_image_is_drawn_with_its_own_title()
    {
        var spanish = Build(SpanishArticle).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;

        spanish.ShouldStartWith("https://test.example/assets/social/es-que-es-una-muestra.");
        Page("/articles/sample/").QuerySelector("meta[property='og:image']")!.GetAttribute("content").ShouldStartWith("https://test.example/assets/social/sample.");
        File.Exists(Path.Combine(_site.Output, new Uri(spanish).AbsolutePath.TrimStart('/'))).ShouldBeTrue();
    }

    [Fact]
    public void The_sitemap_lists_each_list_page_in_Spanish_with_every_version_of_it()
    {
        Build("/es/topics/");

        var sitemap = _site.ReadOutput("sitemap.xml");
        foreach (var path in new[] { "es/topics/", "es/topics/basics/", "es/glossary/", "es/evidence/", "es/references/" })
        {
            var entry = sitemap.Split("<url>").Single(url => url.Contains($"<loc>https://test.example/{path}</loc>", StringComparison.Ordinal));
            entry.ShouldContain($"hreflang=\"en\" href=\"https://test.example/{path[3..]}\"");
            entry.ShouldContain($"hreflang=\"x-default\" href=\"https://test.example/{path[3..]}\"");
        }
    }
}

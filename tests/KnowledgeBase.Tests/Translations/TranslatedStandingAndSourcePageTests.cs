using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>Standing pages and source pages in the translation language: where they live and how the English pages lead to them.</summary>
public sealed class TranslatedStandingAndSourcePageTests
{
    [Fact]
    public void An_English_standing_page_names_its_translation_at_the_translated_slug_in_its_head_and_its_language_switcher()
    {
        using var site = SpanishSite();

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput("privacy/index.html");
        html.ShouldContain("<link rel=\"alternate\" hreflang=\"es\" href=\"https://test.example/es/privacidad/\">");
        html.ShouldContain("<a href=\"/es/privacidad/\" hreflang=\"es\" lang=\"es\">Espa&#241;ol</a>");
    }

    [Fact]
    public void An_English_source_page_names_its_translation_under_the_same_key_in_its_head_and_its_language_switcher()
    {
        using var site = SpanishSite();

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput("references/abdallah2009/index.html");
        html.ShouldContain("<link rel=\"alternate\" hreflang=\"es\" href=\"https://test.example/es/references/abdallah2009/\">");
        html.ShouldContain("<a href=\"/es/references/abdallah2009/\" hreflang=\"es\" lang=\"es\">Espa&#241;ol</a>");
    }

    [Fact]
    public void A_translated_standing_page_is_published_in_Spanish_at_its_translated_slug_and_says_it_is_a_translation_of_the_English_page()
    {
        using var site = SpanishSite();

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput("es/privacidad/index.html");
        html.ShouldContain("<html lang=\"es\">");
        html.ShouldContain("<h1>Privacidad</h1>");
        html.ShouldContain("No recogemos datos sobre usted.");
        html.ShouldContain("Esta p&#225;gina es una traducci&#243;n de la p&#225;gina en ingl&#233;s del 6 de diciembre de 2026");
        html.ShouldContain("<a href=\"/privacy/\" hreflang=\"en\">Leer la p&#225;gina en ingl&#233;s</a>");
        html.ShouldContain("<a href=\"/privacy/\" hreflang=\"en\" lang=\"en\">English</a>");
    }

    [Fact]
    public void A_standing_page_says_in_its_structured_data_which_language_it_is_written_in_as_an_article_does()
    {
        using var site = SpanishSite();

        site.Build().Succeeded.ShouldBeTrue();

        StructuredDataOf(site.ReadOutput("es/privacidad/index.html"))["inLanguage"]!.GetValue<string>().ShouldBe("es");
        StructuredDataOf(site.ReadOutput("privacy/index.html"))["inLanguage"]!.GetValue<string>().ShouldBe("en");
        StructuredDataOf(site.ReadOutput("es/articles/que-es-una-muestra/index.html"))["inLanguage"]!.GetValue<string>().ShouldBe("es");
    }

    private static JsonNode StructuredDataOf(string html) =>
        JsonNode.Parse(new HtmlParser().ParseDocument(html).QuerySelector("script[type='application/ld+json']")!.TextContent)!;

    [Fact]
    public void A_translated_standing_page_links_to_the_Spanish_version_of_a_translated_page_and_to_the_English_one_otherwise()
    {
        using var site = SpanishSite();
        site.Write("content/articles/untranslated.md", TestSite.SampleArticle.Replace("/articles/sample/", "/articles/untranslated/", StringComparison.Ordinal));
        site.Write("content/pages/help.md", "---\ntitle: Help\nsummary: How to read this site.\n---\n\nRead [the sample](/articles/sample/#depth) and [another](/articles/untranslated/).\n");
        var revision = RevisionStamp.Of(File.ReadAllBytes(Path.Combine(site.Root, "content/pages/help.md")));
        site.Write("content/pages/help.es.md", $"---\ntitle: Ayuda\nslug: ayuda\nsummary: Cómo leer este sitio.\ntranslation_of: {{revision: \"{revision}\", date: 2026-11-01}}\n"
            + "translated_by: [editorial-team]\n---\n\nLea [la muestra](/articles/sample/#depth) y [otro](/articles/untranslated/).\n");

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput("es/ayuda/index.html");
        html.ShouldContain("<a href=\"/es/articles/que-es-una-muestra/#depth\">la muestra</a>");
        html.ShouldContain("<a href=\"/articles/untranslated/\" hreflang=\"en\">otro</a>");
    }

    [Fact]
    public void The_sitemap_lists_a_translated_standing_page_with_every_version_of_the_page()
    {
        using var site = SpanishSite();

        site.Build().Succeeded.ShouldBeTrue();

        var sitemap = site.ReadOutput("sitemap.xml");
        sitemap.ShouldContain("<loc>https://test.example/es/privacidad/</loc>");
        sitemap.Split("<url>").Count(entry => entry.Contains("hreflang=\"es\" href=\"https://test.example/es/privacidad/\"", StringComparison.Ordinal)
            && entry.Contains("hreflang=\"en\" href=\"https://test.example/privacy/\"", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void A_source_page_in_Spanish_gives_the_translated_summary_in_Spanish_words_and_marks_the_original_title_as_English()
    {
        using var site = SpanishSite();

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput("es/references/abdallah2009/index.html");
        html.ShouldContain("<html lang=\"es\">");
        html.ShouldContain("<h1 data-pagefind-weight=\"1\" lang=\"en\">Mesotherapy using dutasteride-containing solution in male pattern hair loss: a controlled pilot study</h1>");
        html.ShouldContain("<h2 id=\"summary\">En palabras sencillas</h2>");
        html.ShouldContain("28 hombres recibieron inyecciones en el cuero cabelludo.");
        html.ShouldContain("<div><dt>Participantes</dt><dd>28 hombres (14 frente a 14)</dd></div>");
        html.ShouldContain("<div><dt>T&#237;tulo</dt><dd lang=\"en\">Mesotherapy using dutasteride-containing solution");
        html.ShouldContain("<h2 id=\"verification\">Verificada en parte: lo que no pudimos comprobar</h2>");
        html.ShouldContain("<a href=\"/references/abdallah2009/\" hreflang=\"en\">Leer la p&#225;gina en ingl&#233;s</a>");
        html.ShouldContain("<a href=\"/references/abdallah2009.bib\" hreflang=\"en\" download>BibTeX (.bib), para BibTeX, JabRef y Zotero</a>");
        html.ShouldNotContain("In plain words");
    }

    [Fact]
    public void A_source_page_in_Spanish_quotes_the_Spanish_sentences_that_cite_it_and_the_English_ones_marked_as_English_where_no_translation_exists()
    {
        using var site = SpanishSite();
        site.Write("content/articles/sample.md", site.ReadSource("content/articles/sample.md").Replace("A few millimetres.", "A few millimetres [@abdallah2009].", StringComparison.Ordinal));
        site.AddSpanish(TestSite.SpanishSampleArticle.Replace("Unos milímetros.", "Unos milímetros [@abdallah2009].", StringComparison.Ordinal));
        site.Write("content/articles/untranslated.md", TestSite.WithFrontMatter("---\ntitle: Untranslated\nsummary: Only in English.\n---\nDeep injections [@abdallah2009].\n", TestSite.ArticleMeta));

        site.Build().ShouldHaveBuilt("The Spanish test site");

        var html = site.ReadOutput("es/references/abdallah2009/index.html");
        html.ShouldContain("<a href=\"/es/articles/que-es-una-muestra/\">&#191;Qu&#233; es una muestra?</a>");
        html.ShouldContain("<a href=\"/es/articles/que-es-una-muestra/#cite-abdallah2009-1\">Unos mil&#237;metros.</a>");
        html.ShouldContain("<li lang=\"en\">\n        <a href=\"/articles/untranslated/\" hreflang=\"en\">Untranslated</a>");
        html.ShouldContain("<a href=\"/articles/untranslated/#cite-abdallah2009-1\" hreflang=\"en\">Deep injections.</a>");
    }

    [Fact]
    public void A_source_page_quotes_a_session_sentence_under_its_part_in_the_page_language()
    {
        using var site = SpanishSite();
        const string english = "session:\n  before:\n    - says: Ask what is in the mix.\n      refs: [abdallah2009]\n"
            + "  shots: [{not_known: How many.}]\n  numbing: [{not_known: Whether.}]\n  how_long: [{not_known: How long.}]\n"
            + "  how_many: [{not_known: How many times.}]\n  aftercare: [{not_known: What to do.}]\n  results_last: [{not_known: How long they last.}]\n";
        site.Write("content/articles/sample.md", TestSite.WithFrontMatter(TestSite.SampleArticle, english));
        site.AddSpanish(TestSite.WithFrontMatter(TestSite.SpanishSampleArticle, english
            .Replace("Ask what is in the mix.", "Pregunte por la mezcla.", StringComparison.Ordinal)));

        site.Build().ShouldHaveBuilt("The Spanish test site with a session block");

        site.ReadOutput("references/abdallah2009/index.html").ShouldContain(">Before the shots: Ask what is in the mix.</a>");
        site.ReadOutput("es/references/abdallah2009/index.html").ShouldContain(">Antes de las inyecciones: Pregunte por la mezcla.</a>");
    }

    [Fact]
    public void The_sitemap_lists_a_source_page_in_Spanish_with_every_version_of_the_page()
    {
        using var site = SpanishSite();

        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("sitemap.xml").Split("<url>").Count(entry =>
            entry.Contains("hreflang=\"es\" href=\"https://test.example/es/references/abdallah2009/\"", StringComparison.Ordinal)
            && entry.Contains("hreflang=\"en\" href=\"https://test.example/references/abdallah2009/\"", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void A_translated_standing_page_whose_slug_takes_another_pages_address_is_an_error_at_its_slug()
    {
        using var site = SpanishSite();
        site.Write("content/pages/help.md", "---\ntitle: Help\nsummary: How to read this site.\n---\n\nRead the articles.\n");
        var revision = RevisionStamp.Of(File.ReadAllBytes(Path.Combine(site.Root, "content/pages/help.md")));
        site.Write("content/pages/help.es.md", $"---\ntitle: Ayuda\nslug: privacidad\nsummary: Cómo leer este sitio.\n"
            + $"translation_of: {{revision: \"{revision}\", date: 2026-11-01}}\ntranslated_by: [editorial-team]\n---\n\nLea los artículos.\n");

        var error = site.Check().Diagnostics.Where(diagnostic => diagnostic.Severity == Severity.Error).ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.DuplicateSlug);
        error.Location.ShouldBe(new SourceLocation("content/pages/privacy.es.md", 3, 7));
        error.Message.ShouldContain("the URL /es/privacidad/ is already used by content/pages/help.es.md:3:7");
    }

    [Fact]
    public void A_translated_standing_page_whose_slug_is_too_long_for_a_folder_name_is_an_error_at_its_slug_in_bytes()
    {
        using var site = SpanishSite();
        site.Write("content/pages/privacy.es.md", site.ReadSource("content/pages/privacy.es.md").Replace("slug: privacidad", $"slug: {new string('p', 201)}"));

        var error = site.Check().Diagnostics.Where(diagnostic => diagnostic.Severity == Severity.Error).ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.AddressTooLong);
        error.Location.ShouldBe(new SourceLocation("content/pages/privacy.es.md", 3, 7));
        error.Message.ShouldContain("is 201 bytes long in UTF-8");
        error.Message.ShouldEndWith("shorten the slug to 200 bytes or fewer");
    }

    [Theory]
    [InlineData("../../../escaped")]
    [InlineData("Privacidad y datos")]
    public void A_translated_standing_page_whose_slug_is_not_a_slug_is_an_error_at_its_slug_and_nothing_is_written(string slug)
    {
        using var site = SpanishSite();
        site.Write("content/pages/privacy.es.md", site.ReadSource("content/pages/privacy.es.md").Replace("slug: privacidad", $"slug: \"{slug}\""));

        var result = site.Build();

        var error = result.Diagnostics.Where(diagnostic => diagnostic.Severity == Severity.Error).ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCode.InvalidValue);
        error.Location.ShouldBe(new SourceLocation("content/pages/privacy.es.md", 3, 7));
        error.Message.ShouldContain("may contain only lowercase letters, digits and hyphens");
        Directory.Exists(site.Output).ShouldBeFalse();
        Directory.Exists(Path.Combine(site.Root, "escaped")).ShouldBeFalse();
        Directory.Exists(Path.Combine(Path.GetDirectoryName(site.Root)!, "escaped")).ShouldBeFalse();
    }

    /// <summary>The test site in English and Spanish, with the repository's privacy page and one source, each with its translation.</summary>
    private static TestSite SpanishSite()
    {
        var site = new TestSite();
        site.AddSpanish();
        foreach (var file in new[] { "pages/privacy.md", "pages/privacy.es.md", "references/abdallah2009.md", "references/abdallah2009.es.md" })
        {
            site.Write($"content/{file}", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", file)));
        }

        return site;
    }
}

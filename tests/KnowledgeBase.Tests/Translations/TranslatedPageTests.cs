using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>What readers see of a translated article: its own address and language, what it says of itself, and the way between languages.</summary>
public sealed class TranslatedPageTests
{
    private const string SpanishPage = "es/articles/que-es-una-muestra/index.html";
    private const string EnglishPage = "articles/sample/index.html";

    [Fact]
    public void A_translated_article_is_published_under_its_language_and_own_slug_in_that_language()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput(SpanishPage);
        html.ShouldContain("<html lang=\"es\">");
        html.ShouldContain("Pequeñas inyecciones en la piel.");
        html.ShouldContain("<h2 id=\"how-it-is-done\"");
        html.ShouldContain("Saltar al contenido principal");
    }

    [Fact]
    public void A_translated_article_offers_clinics_its_Spanish_address_and_embed_card_in_a_Link_to_this_page_panel_in_Spanish()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        var page = new HtmlParser().ParseDocument(site.ReadOutput(SpanishPage));
        var panel = page.QuerySelector("section.link-panel").ShouldNotBeNull();
        panel.QuerySelector("h2")!.TextContent.ShouldStartWith("Enlazar a esta página");
        panel.QuerySelector("#link-address")!.GetAttribute("value").ShouldBe("https://test.example/es/articles/que-es-una-muestra/");
        panel.QuerySelector("#link-card")!.TextContent.ShouldContain("fuentes revisadas por");
        panel.QuerySelector("#link-embed")!.TextContent.ShouldContain("/es/embed/que-es-una-muestra/");
        panel.QuerySelector("a[href='/es/embed/que-es-una-muestra/']")!.TextContent.ShouldBe("Ver la tarjeta insertada");
        page.QuerySelectorAll("nav a[href='#link-to-this-page']").ShouldNotBeEmpty();
    }

    [Fact]
    public void A_translated_article_says_it_is_a_translation_by_whom_of_which_English_version_and_links_to_it()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput(SpanishPage);
        html.ShouldContain("traducci&#243;n de la p&#225;gina en ingl&#233;s del 1 de noviembre de 2026. Traducci&#243;n: <a href=\"/es/personas/#editorial-team\">Equipo editorial</a>.");
        html.ShouldContain("Ning&#250;n profesional sanitario nativo ha revisado la traducci&#243;n");
        html.ShouldContain("<a href=\"/articles/sample/\" hreflang=\"en\">Leer la p&#225;gina en ingl&#233;s</a>");
        html.ShouldNotContain("ha cambiado desde entonces");
    }

    [Fact]
    public void A_translated_article_gives_its_dates_and_the_words_around_its_text_in_its_own_language_and_marks_the_English_change_notes_as_English()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput(SpanishPage);
        html.ShouldContain("<dt>Fuentes revisadas por &#250;ltima vez</dt><dd><time datetime=\"2026-11-01\">1 de noviembre de 2026</time></dd>");
        html.ShouldContain("<dd>Aproximadamente 1 minuto</dd>");
        html.ShouldContain("a&#250;n no lo ha revisado un profesional sanitario.");
        html.ShouldContain(">Informar de un error en esta p&#225;gina</a> <span class=\"edit-link\">Para editores:");
        html.ShouldContain("<time datetime=\"2026-10-01\">1 de octubre de 2026</time>: <span lang=\"en\">First published.</span>");
        html.ShouldNotContain("Sources last checked");
        html.ShouldNotContain("November");
    }

    [Fact]
    public void A_translated_article_names_its_citations_in_its_own_language_and_marks_its_English_reference_titles_and_source_links_as_English()
    {
        using var site = new TestSite();
        site.AddRepositoryReferences("abdallah2009");
        site.Write("content/articles/sample.md", site.ReadSource("content/articles/sample.md").Replace("A few millimetres.", "A few millimetres [@abdallah2009].", StringComparison.Ordinal));
        site.AddSpanish(TestSite.SpanishSampleArticle.Replace("Unos milímetros.", "Unos milímetros [@abdallah2009].", StringComparison.Ordinal));

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput(SpanishPage);
        html.ShouldContain("<p class=\"reference-citation\" lang=\"en\">");
        html.ShouldContain("<a href=\"/references/abdallah2009/\" hreflang=\"en\">Resumen y detalles<span class=\"visually-hidden\"> de <span lang=\"en\">");
        html.ShouldContain("aria-label=\"Volver a la cita 1 de 1 de la referencia 1\"");
        html.ShouldContain("href=\"#ref-abdallah2009\" aria-label=\"Referencia 1: ");
        site.ReadOutput(EnglishPage).ShouldContain("<p class=\"reference-citation\">");
    }

    [Fact]
    public void A_translated_article_heads_its_evidence_blocks_in_its_own_language()
    {
        using var site = WithEvidenceBlocksInSpanish();

        var headings = new HtmlParser().ParseDocument(site.ReadOutput(SpanishEvidenceBlockPage))
            .QuerySelectorAll("h2").Select(heading => heading.TextContent).ToList();
        headings.ShouldContain(heading => heading.StartsWith("Situación de aprobación: FDA", StringComparison.Ordinal));
        headings.ShouldContain("Qué solidez tienen las pruebas para cada uso");
        headings.ShouldContain("Precios que encontramos");
        headings.ShouldContain("Estudios principales");
        headings.ShouldNotContain("Key studies");
    }

    [Fact]
    public void A_translated_article_labels_its_evidence_blocks_and_writes_their_dates_and_prices_in_its_own_language()
    {
        using var site = WithEvidenceBlocksInSpanish();

        var html = site.ReadOutput(SpanishEvidenceBlockPage);
        html.ShouldContain("<th scope=\"col\">Autoridad</th><th scope=\"col\">Tratamiento</th><th scope=\"col\">Situaci&#243;n</th>");
        html.ShouldContain("<time datetime=\"2010-04-07\">7 de abril de 2010</time>");
        html.ShouldContain("<strong>Con advertencia en contra</strong>");
        html.ShouldContain("<span class=\"price-range\">USD 200 a 600</span> por session");
        html.ShouldContain("<span class=\"price-range\">USD 3200</span> por procedure");
        html.ShouldContain("<dd>d&#243;lar estadounidense (USD)</dd>");
        html.ShouldContain("<dt>Dise&#241;o</dt>");
        html.ShouldContain("<span class=\"visually-hidden\">Enlace a la secci&#243;n Estudios principales</span>");
        html.ShouldContain("<title id=\"evidence-by-use-chart-title\">Gr&#225;fico de barras de la solidez de las pruebas para cada uso</title>");
        html.ShouldContain("<a href=\"/references/park2008/\" hreflang=\"en\">Park 2008<span class=\"visually-hidden\">, la referencia completa del estudio y su resumen</span></a>");
        html.ShouldNotContain("Not known:");
        html.ShouldNotContain("Link to the section");
    }

    [Fact]
    public void A_translated_article_names_its_menu_in_its_own_language_and_leads_it_to_the_pages_in_that_language()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput(SpanishPage);
        html.ShouldContain("<li><a href=\"/es/\">Art&#237;culos</a></li>");
        html.ShouldContain("<a class=\"site-title\" href=\"/es/\">");
        site.ReadOutput(EnglishPage).ShouldContain("<li><a href=\"/\">Articles</a></li>");
    }

    [Fact]
    public void A_menu_entry_without_a_title_in_a_translation_language_is_reported_at_its_place()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Write("site.yml", site.ReadSource("site.yml").Replace("    titles: {es: Artículos}\n", "", StringComparison.Ordinal));

        var error = site.Check().Diagnostics.Where(diagnostic => diagnostic.Severity == Severity.Error).ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.MissingInterfaceString);
        error.Location.Path.ShouldBe("site.yml");
        error.Message.ShouldContain("the menu entry 'Articles' has no title in 'es'");
    }

    [Fact]
    public void A_stale_translation_says_plainly_that_the_English_page_changed_since()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.ChangeSampleArticle();

        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput(SpanishPage).ShouldContain("la p&#225;gina en ingl&#233;s ha cambiado desde entonces");
    }

    [Fact]
    public void Each_language_version_names_the_other_in_its_head_and_in_its_language_switcher()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        foreach (var page in new[] { EnglishPage, SpanishPage })
        {
            var html = site.ReadOutput(page);
            html.ShouldContain("<link rel=\"alternate\" hreflang=\"en\" href=\"https://test.example/articles/sample/\">");
            html.ShouldContain("<link rel=\"alternate\" hreflang=\"es\" href=\"https://test.example/es/articles/que-es-una-muestra/\">");
            html.ShouldContain("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://test.example/articles/sample/\">");
        }

        site.ReadOutput(EnglishPage).ShouldContain("<a href=\"/es/articles/que-es-una-muestra/\" hreflang=\"es\" lang=\"es\">Espa&#241;ol</a>");
        site.ReadOutput(SpanishPage).ShouldContain("<a href=\"/articles/sample/\" hreflang=\"en\" lang=\"en\">English</a>");
    }

    [Fact]
    public void A_page_not_yet_translated_says_so_in_its_language_switcher()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Write("content/articles/untranslated.md", TestSite.SampleArticle.Replace("/articles/sample/", "/articles/untranslated/", StringComparison.Ordinal));

        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("articles/untranslated/index.html").ShouldContain("This page is not translated into Espa&#241;ol yet.");
    }

    [Fact]
    public void A_link_written_as_an_English_address_leads_to_the_page_in_the_translation_language()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput(SpanishPage).ShouldContain("<a href=\"/es/articles/que-es-una-muestra/\">consigo mismo</a>");
    }

    [Fact]
    public void The_sitemap_lists_the_translation_and_names_every_version_of_the_article()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        var sitemap = site.ReadOutput("sitemap.xml");
        sitemap.ShouldContain("<loc>https://test.example/es/articles/que-es-una-muestra/</loc>");
        sitemap.Split("<url>").Count(entry => entry.Contains("hreflang=\"es\" href=\"https://test.example/es/articles/que-es-una-muestra/\"", StringComparison.Ordinal)
            && entry.Contains("hreflang=\"x-default\" href=\"https://test.example/articles/sample/\"", StringComparison.Ordinal)).ShouldBe(2);
    }

    private const string SpanishEvidenceBlockPage = "es/articles/la-mesoterapia-de-un-vistazo/index.html";

    /// <summary>The evidence block site with a Spanish translation of its article (the block texts left in English), built.</summary>
    [Fact]
    public void A_translated_article_writes_numbers_as_Spanish_does_and_a_currency_without_a_Spanish_name_in_English_marked_as_such()
    {
        using var site = WithEvidenceBlocksInSpanish(english => Regex.Replace(english, @"currency: USD(\s+min: )3200(\s+max: )3200", "currency: MXN${1}12345.5${2}12345.5"));

        var html = site.ReadOutput(SpanishEvidenceBlockPage);
        html.ShouldContain("<span class=\"price-range\">MXN 12&#160;345,50</span>");
        html.ShouldContain("<dd><span lang=\"en\">Mexican peso</span> (MXN)</dd>");
        site.ReadOutput($"articles/{EvidenceBlockSite.Slug}/index.html").ShouldContain("<dd>Mexican peso (MXN)</dd>");
    }

    /// <summary>The evidence block site with its article translated into Spanish, its English file first changed by <paramref name="change"/>.</summary>
    private static TestSite WithEvidenceBlocksInSpanish(Func<string, string>? change = null)
    {
        var site = EvidenceBlockSite.Create();
        site.Write($"content/articles/{EvidenceBlockSite.Slug}.md", (change ?? (text => text))(site.ReadSource($"content/articles/{EvidenceBlockSite.Slug}.md")));
        // A translation repeats only what it translates: the English file's people and dates are inherited.
        string[] inherited = ["authors:", "reviewed_by:", "last_reviewed:", "next_review:", "published:", "updated:", "sources_searched:"];
        var english = string.Join('\n', site.ReadSource($"content/articles/{EvidenceBlockSite.Slug}.md").Split('\n')
            .Where(line => !inherited.Any(key => line.StartsWith(key, StringComparison.Ordinal))));
        site.AddSpanish(english.Replace("title: Mesotherapy at a glance", "title: La mesoterapia de un vistazo\nslug: la-mesoterapia-de-un-vistazo\ntranslation_of: {revision: \"{revision}\", date: 2026-11-01}\ntranslated_by: [editorial-team]", StringComparison.Ordinal),
            EvidenceBlockSite.Slug);
        site.Build().Succeeded.ShouldBeTrue();
        return site;
    }
}

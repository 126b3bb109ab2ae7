using KnowledgeBase.Content;
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
    public void A_translated_standing_page_links_to_the_Spanish_version_of_a_translated_page_and_to_the_English_one_otherwise()
    {
        using var site = SpanishSite();
        site.Write("content/pages/help.md", "---\ntitle: Help\nsummary: How to read this site.\n---\n\nRead [the sample](/articles/sample/#depth) and [who writes it](/people/).\n");
        var revision = RevisionStamp.Of(File.ReadAllBytes(Path.Combine(site.Root, "content/pages/help.md")));
        site.Write("content/pages/help.es.md", $"---\ntitle: Ayuda\nslug: ayuda\nsummary: Cómo leer este sitio.\ntranslation_of: {{revision: \"{revision}\", date: 2026-11-01}}\n"
            + "translated_by: [editorial-team]\n---\n\nLea [la muestra](/articles/sample/#depth) y [quién la escribe](/people/).\n");

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput("es/ayuda/index.html");
        html.ShouldContain("<a href=\"/es/articles/que-es-una-muestra/#depth\">la muestra</a>");
        html.ShouldContain("<a href=\"/people/\">quién la escribe</a>");
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

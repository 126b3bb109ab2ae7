using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>
/// The people page in the translation language, at the address i18n/es.yml gives it (people_slug), with each entry's
/// texts from people.yml in Spanish, and the Spanish pages that name people leading to it.
/// </summary>
public sealed class TranslatedPeoplePageTests
{
    private const string SpanishPeoplePage = "es/personas/index.html";

    [Fact]
    public void The_Spanish_people_page_shows_each_entry_s_role_and_declared_interests_in_Spanish()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput(SpanishPeoplePage);
        html.ShouldContain("<html lang=\"es\">");
        html.ShouldContain("<h1>Qui&#233;n escribe y revisa este sitio</h1>");
        html.ShouldContain("<h2 id=\"editorial-team\">Equipo editorial</h2>");
        html.ShouldContain("<dt>Papel</dt><dd>Escribe los art&#237;culos y los comprueba con sus fuentes.</dd>");
        html.ShouldContain("<dt>Intereses declarados</dt><dd>Pol&#237;tica del equipo, para las pruebas.</dd>");
        // A person's own name and credentials are never translated.
        html.ShouldContain("<h2 id=\"test-clinician\">Dr Test Clinician</h2>");
        html.ShouldContain("<dd>MD, test dermatologist</dd>");
        html.ShouldNotContain("lang=\"en\">Writes");
    }

    [Fact]
    public void The_English_and_Spanish_people_pages_name_each_other_in_their_heads_and_language_switchers()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        foreach (var page in new[] { "people/index.html", SpanishPeoplePage })
        {
            var html = site.ReadOutput(page);
            html.ShouldContain("<link rel=\"alternate\" hreflang=\"en\" href=\"https://test.example/people/\">");
            html.ShouldContain("<link rel=\"alternate\" hreflang=\"es\" href=\"https://test.example/es/personas/\">");
            html.ShouldContain("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://test.example/people/\">");
        }

        site.ReadOutput("people/index.html").ShouldContain("<a href=\"/es/personas/\" hreflang=\"es\" lang=\"es\">Espa&#241;ol</a>");
        site.ReadOutput(SpanishPeoplePage).ShouldContain("<a href=\"/people/\" hreflang=\"en\" lang=\"en\">English</a>");
        site.ReadOutput("sitemap.xml").Split("<url>").Single(entry => entry.Contains("<loc>https://test.example/es/personas/</loc>", StringComparison.Ordinal))
            .ShouldContain("hreflang=\"en\" href=\"https://test.example/people/\"");
    }

    [Fact]
    public void A_Spanish_article_links_its_authors_and_its_translators_to_their_entries_on_the_Spanish_people_page()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        var html = site.ReadOutput("es/articles/que-es-una-muestra/index.html");
        html.ShouldContain("<dt>Escrito por</dt><dd><a href=\"/es/personas/#editorial-team\">Equipo editorial</a></dd>");
        html.ShouldContain("Traducci&#243;n: <a href=\"/es/personas/#editorial-team\">Equipo editorial</a>.");
        html.ShouldNotContain("href=\"/people/");
    }

    [Fact]
    public void A_Spanish_article_s_structured_data_names_its_authors_and_reviewers_as_the_page_does_with_their_Spanish_entries()
    {
        using var site = new TestSite();
        site.Write("content/articles/sample.md", site.ReadSource("content/articles/sample.md").Replace("reviewed_by: []", "reviewed_by: [test-clinician]", StringComparison.Ordinal));
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("es/articles/que-es-una-muestra/index.html"));
        var data = JsonNode.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        People(data["author"]!).ShouldBe([("Equipo editorial", "https://test.example/es/personas/#editorial-team")]);
        People(data["reviewedBy"]!).ShouldBe([("Dr Test Clinician", "https://test.example/es/personas/#test-clinician")]);
        page.QuerySelector(".review-info a")!.TextContent.ShouldBe("Equipo editorial");
        var english = JsonNode.Parse(new HtmlParser().ParseDocument(site.ReadOutput("articles/sample/index.html")).QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        People(english["author"]!).ShouldBe([("Editorial team", "https://test.example/people/#editorial-team")]);
    }

    [Fact]
    public void A_Spanish_article_and_a_Spanish_standing_page_name_their_translators_in_their_structured_data_as_their_notices_do()
    {
        using var site = new TestSite();
        site.AddSpanish(TestSite.SpanishSampleArticle.Replace("translated_by: [editorial-team]", "translated_by: [test-clinician]", StringComparison.Ordinal));
        site.Write("content/pages/help.md", "---\ntitle: Help\nsummary: How to read this site.\n---\n\nRead the articles.\n");
        var revision = RevisionStamp.Of(File.ReadAllBytes(Path.Combine(site.Root, "content/pages/help.md")));
        site.Write("content/pages/help.es.md", $"---\ntitle: Ayuda\nslug: ayuda\nsummary: Cómo leer este sitio.\ntranslation_of: {{revision: \"{revision}\", date: 2026-11-01}}\n"
            + "translated_by: [editorial-team, test-clinician]\n---\n\nLea los artículos.\n");

        site.Build().Succeeded.ShouldBeTrue();

        var article = new HtmlParser().ParseDocument(site.ReadOutput("es/articles/que-es-una-muestra/index.html"));
        People(StructuredData(article)["translator"]!).ShouldBe([("Dr Test Clinician", "https://test.example/es/personas/#test-clinician")]);
        article.QuerySelector(".translation-notice a[href^='/es/personas/']")!.TextContent.ShouldBe("Dr Test Clinician");
        var page = new HtmlParser().ParseDocument(site.ReadOutput("es/ayuda/index.html"));
        People(StructuredData(page)["translator"]!).ShouldBe([
            ("Equipo editorial", "https://test.example/es/personas/#editorial-team"),
            ("Dr Test Clinician", "https://test.example/es/personas/#test-clinician")]);
        StructuredData(new HtmlParser().ParseDocument(site.ReadOutput("articles/sample/index.html")))["translator"].ShouldBeNull("the English page is not a translation");
    }

    private static JsonNode StructuredData(AngleSharp.Html.Dom.IHtmlDocument page) =>
        JsonNode.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)!;

    private static List<(string, string)> People(JsonNode people) =>
        people.AsArray().Select(person => (person!["name"]!.GetValue<string>(), person["url"]!.GetValue<string>())).ToList();

    [Fact]
    public void An_entry_without_its_Spanish_text_is_shown_in_English_marked_as_English_and_check_warns_without_failing_strict()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Write("content/people.yml", TestSite.PeopleYml
            .Replace("  roles: {es: Revisa artículos para las pruebas.}\n", "", StringComparison.Ordinal)
            .Replace("  interests_in: {es: \"Ninguno declarado, para las pruebas.\"}", "", StringComparison.Ordinal));

        var (exitCode, output) = site.Run("check", "--strict");
        site.Build().Succeeded.ShouldBeTrue();

        output.ShouldContain("content/people.yml:10:7: warning KB098: 'test-clinician' has no Español text in 'roles', 'interests_in'");
        exitCode.ShouldBe(ExitCodes.Ok, output);
        var html = site.ReadOutput(SpanishPeoplePage);
        html.ShouldContain("<dt>Papel</dt><dd><span lang=\"en\">Reviews articles for the tests.</span> Profesional sanitario:");
        html.ShouldContain("<dt>Intereses declarados</dt><dd lang=\"en\">None declared, for the tests.</dd>");
    }

    [Fact]
    public void A_people_page_address_that_is_not_a_slug_is_reported_where_i18n_writes_it()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Write("i18n/es.yml", site.ReadSource("i18n/es.yml").Replace("people_slug: personas", "people_slug: Quién escribe", StringComparison.Ordinal));

        var line = site.ReadSource("i18n/es.yml").Split('\n').ToList().FindIndex(text => text.StartsWith("people_slug:", StringComparison.Ordinal)) + 1;

        var (exitCode, output) = site.Run("check");

        output.ShouldContain($"i18n/es.yml:{line}:14: error KB006: 'people_slug' is part of a page's address");
        output.ShouldContain("(for example 'quien-escribe')");
        exitCode.ShouldBe(ExitCodes.ContentErrors);
    }
}

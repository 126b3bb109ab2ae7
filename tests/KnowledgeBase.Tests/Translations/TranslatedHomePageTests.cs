using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>The home page of each translation language (/es/): its introduction and questions from site.yml, answered by the translated articles.</summary>
public sealed class TranslatedHomePageTests
{
    private const string Questions = """

        es:
          introduction: Un sitio de prueba.
        questions:
          - question: How is it done?
            answer: /articles/sample/#how-it-is-done
            es:
              question: ¿Cómo se hace?
          - question: How deep do they go?
            answer: /articles/sample/#depth

        """;

    [Fact]
    public void The_Spanish_home_page_asks_the_translated_questions_and_links_each_to_the_same_section_of_the_Spanish_article()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Write("site.yml", site.ReadSource("site.yml") + Questions);

        site.Build().ShouldHaveBuilt("The Spanish test site");

        var html = site.ReadOutput("es/index.html");
        html.ShouldContain("<html lang=\"es\">");
        html.ShouldContain("<p class=\"lead\">Un sitio de prueba.</p>");
        html.ShouldContain("<a href=\"/es/articles/que-es-una-muestra/#how-it-is-done\">&#191;C&#243;mo se hace?</a>");
        html.ShouldContain("Respuesta en: C&#243;mo se hace (&#191;Qu&#233; es una muestra?)");
        html.ShouldNotContain("How deep do they go?");
        site.ReadOutput("index.html").ShouldContain("<a href=\"/articles/sample/#depth\">How deep do they go?</a>");
        site.ReadOutput("sitemap.xml").ShouldContain("<loc>https://test.example/es/</loc>");
    }

    [Fact]
    public void The_Spanish_home_page_shows_the_English_introduction_marked_as_English_until_site_yml_translates_it()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().ShouldHaveBuilt("The Spanish test site");

        site.ReadOutput("es/index.html").ShouldContain("<p class=\"lead\" lang=\"en\">A test site.</p>");
    }

    [Fact]
    public void The_site_title_of_a_Spanish_page_leads_to_the_Spanish_home_page()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().ShouldHaveBuilt("The Spanish test site");

        site.ReadOutput("es/articles/que-es-una-muestra/index.html").ShouldContain("<a class=\"site-title\" href=\"/es/\">Test Evidence</a>");
    }
}

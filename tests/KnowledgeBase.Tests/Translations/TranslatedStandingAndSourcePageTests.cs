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

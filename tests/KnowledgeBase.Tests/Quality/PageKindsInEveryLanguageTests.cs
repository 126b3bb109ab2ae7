using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Quality;

/// <summary>
/// The Spanish edition's acceptance: every kind of page passes the accessibility and CSP tests in both languages, one
/// page of each kind per language (<see cref="RealSite.OnePagePerKind"/>, which <see cref="AccessibilityBrowserTests"/>
/// and <see cref="SecurityBrowserTests"/> visit), and every page of both passes the HTML and link tests
/// (<see cref="HtmlValidityTests"/> and InternalLinkTests check every built page). Here: that every kind of English
/// page has a Spanish page to visit, the kinds found from the built site's addresses (<see cref="PageKinds"/>).
/// </summary>
public sealed class PageKindsInEveryLanguageTests(RealSite site) : IClassFixture<RealSite>
{
    /// <summary>
    /// Kinds the site has once, in no language of its own. Redirect stubs are no kind at all (PageKinds leaves them
    /// out with the assets and the search index), so they need no entry here.
    /// </summary>
    private static readonly HashSet<string> LanguageNeutral = new(StringComparer.Ordinal)
    {
        "/404.html", // hosts serve the one 404 page for every missing address, whatever its language
        "/api/*.json", // the articles API: data for other tools, not text for readers
        "/references/*.bib", "/references/*.ris", "/references/*.json", // a source's record for reference managers, the same in every language
        "/sitemap.xml", // one per site: it lists every language's pages with their alternates
        "/robots.txt", // one per site
        "/translations/", // the editors' page, which shows every language's translations
    };

    [Fact]
    public void Every_kind_of_English_page_has_a_Spanish_page_of_its_kind()
    {
        var spanish = site.Files.Where(file => file.Language == "es").Select(file => file.Kind).ToHashSet(StringComparer.Ordinal);

        var missing = site.Files.Where(file => file.Language == "en" && !LanguageNeutral.Contains(file.Kind) && !spanish.Contains(file.Kind))
            .Select(file => file.Kind).Distinct().ToList();

        missing.ShouldBeEmpty("these kinds of English page have no Spanish page");
    }

    [Fact]
    public void A_translated_page_is_of_its_English_page_s_kind_and_is_visited_with_the_other_kinds()
    {
        var spanishArticle = site.Files.Single(file => file.Path == "/es/articles/que-es-la-mesoterapia/");

        spanishArticle.Language.ShouldBe("es");
        spanishArticle.Kind.ShouldBe("/articles/*/");
        site.OnePagePerKind().ShouldContain(path => path.StartsWith("/es/articles/", StringComparison.Ordinal));
        site.OnePagePerKind().ShouldContain(path => path.StartsWith("/articles/", StringComparison.Ordinal));
    }
}

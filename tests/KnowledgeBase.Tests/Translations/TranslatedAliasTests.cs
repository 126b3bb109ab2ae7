using AngleSharp.Html.Parser;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>
/// A translation's own aliases: its old addresses in its language, kept working once published, as an English
/// article's are (the same redirect page, the same checks).
/// </summary>
public sealed class TranslatedAliasTests
{
    private const string OldAddress = "/es/articles/que-es-una-muestra/";

    /// <summary>The sample site in Spanish, built once so that the Spanish address is published, then the Spanish slug renamed.</summary>
    private static TestSite RenamedSpanishSlug(string aliases)
    {
        var site = new TestSite();
        site.AddSpanish();
        site.Build().Succeeded.ShouldBeTrue();
        site.AddSpanish(TestSite.SpanishSampleArticle.Replace("slug: que-es-una-muestra", $"slug: una-muestra{aliases}", StringComparison.Ordinal));
        return site;
    }

    [Fact]
    public void Renaming_a_Spanish_slug_with_an_alias_keeps_the_old_address_working_as_a_redirect_to_the_Spanish_page()
    {
        using var site = RenamedSpanishSlug($"\naliases: [{OldAddress}]");

        site.Build().Succeeded.ShouldBeTrue();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("es/articles/que-es-una-muestra/index.html"));
        page.DocumentElement.GetAttribute("lang").ShouldBe("es");
        page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content").ShouldBe("0; url=/es/articles/una-muestra/");
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://test.example/es/articles/una-muestra/");
        page.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Esta página se ha movido");
        page.QuerySelector("main a")!.GetAttribute("href").ShouldBe("/es/articles/una-muestra/");
        site.ReadOutput("_redirects").ShouldContain("/es/articles/que-es-una-muestra/ /es/articles/una-muestra/ 301\n");
        site.ReadOutput("_redirects").ShouldContain("/es/embed/que-es-una-muestra/ /es/embed/una-muestra/ 301\n");
        site.ReadOutput("es/embed/que-es-una-muestra/index.html").ShouldContain("content=\"0; url=/es/embed/una-muestra/\"");
        LinkChecker.BrokenLinks(site.Output, new Uri("https://test.example/")).ShouldBeEmpty();
        site.Check().Diagnostics.ShouldNotContain(diagnostic => diagnostic.Severity == Severity.Error);
    }

    [Fact]
    public void Renaming_a_Spanish_slug_without_an_alias_fails_check_at_the_new_slug_with_the_published_URL_error()
    {
        using var site = RenamedSpanishSlug("");

        var (exitCode, output) = site.Run("check");

        exitCode.ShouldBe(ExitCodes.ContentErrors);
        output.ShouldContain("content/articles/sample.es.md:3:7: error KB040: this article was published at /es/articles/que-es-una-muestra/ before its slug changed");
        output.ShouldContain($"keep the old address working with 'aliases: [{OldAddress}]'");
    }

    [Fact]
    public void A_Spanish_alias_outside_the_Spanish_folder_is_an_error_at_the_alias()
    {
        using var site = RenamedSpanishSlug("\naliases: [/articles/que-es-una-muestra/]");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidAlias);
        error.Location.ShouldBe(new SourceLocation("content/articles/sample.es.md", 4, 11));
        error.Message.ShouldContain("such as /es/articles/que-es-una-muestra/");
    }

    [Fact]
    public void A_Spanish_alias_that_names_a_page_the_site_generates_is_an_error_at_the_alias()
    {
        using var site = RenamedSpanishSlug($"\naliases: [{OldAddress}, /es/topics/]");

        var error = site.Check().Diagnostics.Where(diagnostic => diagnostic.Severity == Severity.Error).ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.AliasReplacesPage);
        error.Location.ShouldBe(new SourceLocation("content/articles/sample.es.md", 4, 11 + OldAddress.Length + 2));
    }

    [Fact]
    public void A_Spanish_alias_that_is_another_translation_s_address_is_an_error_at_the_alias()
    {
        using var site = RenamedSpanishSlug($"\naliases: [{OldAddress}]");
        site.Write("content/articles/other.md", TestSite.SampleArticle);
        site.AddSpanish(TestSite.SpanishSampleArticle.Replace("slug: que-es-una-muestra", "slug: otra", StringComparison.Ordinal), "other");
        site.AddSpanish(TestSite.SpanishSampleArticle.Replace("slug: que-es-una-muestra", $"slug: una-muestra\naliases: [{OldAddress}, /es/articles/otra/]", StringComparison.Ordinal));

        var error = site.Check().Diagnostics.Where(diagnostic => diagnostic.Severity == Severity.Error).ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.DuplicateSlug);
        error.Location.ShouldBe(new SourceLocation("content/articles/sample.es.md", 4, 11 + OldAddress.Length + 2));
    }
}

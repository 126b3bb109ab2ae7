using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

/// <summary>
/// The countries of i18n/&lt;lang&gt;.yml search_countries as an editor writes them: every entry search cannot use is an
/// error at its file, line and column, never skipped.
/// </summary>
public sealed class SearchCountriesTests
{
    private const string English = "i18n/en.yml";

    /// <summary>The line of search_countries in the English strings, which a test site keeps where the repository has it.</summary>
    private static readonly int KeyLine = Array.FindIndex(File.ReadAllLines(Path.Combine(RepositoryPaths.Root, English)),
        line => line.StartsWith("search_countries:", StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_country_without_a_colon_is_an_error_at_its_first_word_and_the_build_leaves_the_last_site_in_place()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var home = site.ReadOutput("index.html");
        WriteCountries(site, "how-it-is-done: united kingdom, uk;\n  depth france, french");

        var (exitCode, output) = site.Run("build", "--output", site.Output);

        exitCode.ShouldBe(ExitCodes.ContentErrors, output);
        output.ShouldContain($"{English}:{KeyLine + 2}:3: error KB064: 'depth france, french' has no colon");
        site.ReadOutput("index.html").ShouldBe(home);
    }

    [Fact]
    public void A_country_with_no_names_is_an_error_at_its_colon()
    {
        using var site = new TestSite();
        WriteCountries(site, "how-it-is-done: united kingdom; depth:");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidSearchCountries);
        error.Location.ShouldBe(new SourceLocation(English, KeyLine + 1, 40));
    }

    [Fact]
    public void An_empty_name_between_two_commas_is_an_error_at_the_extra_comma()
    {
        using var site = new TestSite();
        WriteCountries(site, "how-it-is-done: united kingdom,\n  , uk");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidSearchCountries);
        error.Location.ShouldBe(new SourceLocation(English, KeyLine + 2, 3));
    }

    [Fact]
    public void A_country_with_no_section_before_its_colon_is_an_error()
    {
        using var site = new TestSite();
        WriteCountries(site, "how-it-is-done: united kingdom;\n  : france");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidSearchCountries);
        error.Location.ShouldBe(new SourceLocation(English, KeyLine + 2, 3));
    }

    [Fact]
    public void A_missing_semicolon_is_an_error_at_the_second_colon()
    {
        using var site = new TestSite();
        WriteCountries(site, "how-it-is-done: united kingdom, uk\n  depth: france");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidSearchCountries);
        error.Location.ShouldBe(new SourceLocation(English, KeyLine + 2, 8));
        error.Message.ShouldContain("'uk depth: france' holds a colon");
    }

    [Fact]
    public void A_section_no_article_has_is_a_warning_at_the_id_with_the_nearest_heading_id()
    {
        using var site = new TestSite();
        WriteCountries(site, "how-it-is-done: united kingdom;\n  depht: france");

        var warning = site.Check().Diagnostics.ShouldHaveSingleItem();

        warning.Code.ShouldBe(DiagnosticCode.UnknownCountrySection);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Location.ShouldBe(new SourceLocation(English, KeyLine + 2, 3));
        warning.Message.ShouldContain("did you mean depth?");
    }

    [Fact]
    public void A_section_in_capitals_is_an_error_since_no_heading_id_has_capitals()
    {
        using var site = new TestSite();
        WriteCountries(site, "How-It-Is-Done: united kingdom");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidSearchCountries);
        error.Location.ShouldBe(new SourceLocation(English, KeyLine + 1, 3));
    }

    [Fact]
    public void A_section_that_is_whole_words_of_a_heading_id_names_that_section()
    {
        using var site = new TestSite();
        WriteCountries(site, "it-is: united kingdom, uk;");

        site.Check().Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void The_real_countries_name_only_sections_the_real_articles_have()
    {
        var site = new Building.SiteBuilder(TestSite.Clock).Check(RepositoryPaths.Root);

        site.Diagnostics.Where(diagnostic => diagnostic.Location.Path.StartsWith("i18n/", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    /// <summary>Writes the English countries as a folded block under search_countries, each line of <paramref name="text"/> as written.</summary>
    private static void WriteCountries(TestSite site, string text) =>
        site.Write(English, site.ReadSource(English).Replace("search_countries: \"\"\n", $"search_countries: >-\n  {text}\n", StringComparison.Ordinal));
}

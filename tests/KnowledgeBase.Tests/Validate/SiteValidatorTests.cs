using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Validate;

public sealed class SiteValidatorTests
{
    [Fact]
    public void Two_articles_with_the_same_slug_are_an_error_at_the_second()
    {
        using var site = new TestSite();
        site.Write("content/articles/second.md", TestSite.SampleArticle.Replace("tags: [basics]", "slug: sample"));

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.DuplicateSlug);
        error.Location.ShouldBe(new SourceLocation("content/articles/second.md", 4, 7));
        error.Message.ShouldContain("content/articles/sample.md");
    }

    [Fact]
    public void An_alias_that_collides_with_an_article_url_is_an_error()
    {
        using var site = new TestSite();
        site.Write("content/articles/other.md", TestSite.SampleArticle.Replace("tags: [basics]", "aliases: [/articles/sample/]"));

        site.Check().Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCode.DuplicateSlug);
    }

    [Fact]
    public void A_file_name_too_long_to_be_a_folder_of_the_site_fails_check_and_build_at_the_file_and_the_site_stays()
    {
        using var site = new TestSite();
        site.Run("build", "--output", site.Output).ExitCode.ShouldBe(ExitCodes.Ok);
        var before = OutputTree.Hashes(site.Output);
        var file = $"content/articles/{new string('a', 240)}.md";
        site.Write(file, TestSite.SampleArticle);

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();
        var (exitCode, output) = site.Run("build", "--output", site.Output);

        error.Code.ShouldBe(DiagnosticCode.AddressTooLong);
        error.Location.ShouldBe(SourceLocation.StartOf(file));
        error.Message.ShouldContain("is 240 bytes long in UTF-8 (240 characters;");
        error.Message.ShouldEndWith("shorten the file name to 200 bytes or fewer");
        exitCode.ShouldBe(ExitCodes.ContentErrors, output);
        output.ShouldContain($"{file}:1:1: error KB046: ");
        OutputTree.Hashes(site.Output).ShouldBe(before);
    }

    [Theory]
    [InlineData(201, 1)]
    [InlineData(150, 7)]
    public void An_alias_too_long_to_be_written_as_files_is_an_error_at_the_alias(int partLength, int parts)
    {
        using var site = new TestSite();
        var alias = string.Concat(Enumerable.Repeat("/" + new string('b', partLength), parts)) + "/";
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("tags: [basics]", $"aliases: [{alias}]"));

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.AddressTooLong);
        error.Location.ShouldBe(new SourceLocation("content/articles/sample.md", 4, 11));
        error.Message.ShouldContain("shorten the alias");
    }

    [Fact]
    public void A_tag_too_long_to_be_the_folder_of_its_topic_is_an_error_at_the_tag()
    {
        using var site = new TestSite();
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("tags: [basics]", $"tags: [basics, {new string('c', 210)}]"));

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.AddressTooLong);
        error.Location.ShouldBe(new SourceLocation("content/articles/sample.md", 4, 16));
    }

    [Fact]
    public void A_name_with_accents_is_measured_in_bytes_not_characters()
    {
        using var site = new TestSite();
        var asset = $"templates/assets/{new string('é', 100)}.svg";
        site.Write(asset, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.AddressTooLong);
        error.Location.ShouldBe(SourceLocation.StartOf(asset));
        error.Message.ShouldContain("is 204 bytes long in UTF-8 (104 characters; a letter outside A to Z takes two bytes or more)");
        error.Message.ShouldEndWith("shorten the file name to 200 bytes or fewer");
    }

    [Fact]
    public void An_asset_whose_name_is_too_long_to_be_published_fails_check_and_build_at_the_asset_and_the_site_stays()
    {
        using var site = new TestSite();
        site.Run("build", "--output", site.Output).ExitCode.ShouldBe(ExitCodes.Ok);
        var before = OutputTree.Hashes(site.Output);
        // Fits the disk as a source, but not once the fingerprint is added to its published name.
        var asset = $"templates/assets/{new string('f', 246)}.svg";
        site.Write(asset, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();
        var (exitCode, output) = site.Run("build", "--output", site.Output);

        error.Code.ShouldBe(DiagnosticCode.AddressTooLong);
        error.Location.ShouldBe(SourceLocation.StartOf(asset));
        error.Message.ShouldContain("is 250 bytes long");
        exitCode.ShouldBe(ExitCodes.ContentErrors, output);
        OutputTree.Hashes(site.Output).ShouldBe(before);
    }

    [Fact]
    public void Slugs_of_the_longest_length_allowed_build_with_their_translation_and_preview_images()
    {
        using var site = new TestSite();
        var slug = new string('d', SiteUrls.MaxPathPartBytes);
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("tags: [basics]", $"slug: {slug}").Replace("/articles/sample/", $"/articles/{slug}/"));
        site.AddSpanish(TestSite.SpanishSampleArticle.Replace("slug: que-es-una-muestra", $"slug: {slug}").Replace("/articles/sample/", $"/articles/{slug}/"));

        var result = site.Build();

        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        File.Exists(Path.Combine(site.Output, "articles", slug, "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(site.Output, "es", "articles", slug, "index.html")).ShouldBeTrue();
        Directory.GetFiles(Path.Combine(site.Output, "assets", "social"), $"es-{slug}.*.png").ShouldHaveSingleItem();
    }

    [Fact]
    public void Overdue_review_is_a_warning_that_does_not_stop_the_build()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/old.md", TestSite.SampleArticle.Replace("last_reviewed: 2026-11-01", "last_reviewed: 2024-11-01").Replace("next_review: 2027-11-01", "next_review: 2025-11-01").Replace("/articles/sample/", "/articles/old/"));

        var result = site.Build();

        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Code.ShouldBe(DiagnosticCode.ReviewOverdue);
        result.Succeeded.ShouldBeTrue();
        site.ReadOutput("articles/old/index.html").ShouldContain("Check overdue");
    }

    [Fact]
    public void Next_review_before_last_review_is_an_error()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/odd.md", TestSite.SampleArticle.Replace("2027-11-01", "2026-10-01"));

        site.Check().Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCode.ReviewDatesOutOfOrder);
    }
}

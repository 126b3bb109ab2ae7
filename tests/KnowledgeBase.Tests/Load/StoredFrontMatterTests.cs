using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Load;

/// <summary>Front matter read from the events a previous build kept in .cache/ instead of parsed again.</summary>
public sealed class StoredFrontMatterTests
{
    private static string StoredEvents(TestSite site) => Path.Combine(site.Root, ".cache", "files", "yaml-events.bin");

    /// <summary>Checks the site twice: each check reports the one problem, the same, where it is.</summary>
    private static void ShouldReportOnEveryCheck(TestSite site, DiagnosticCode code, SourceLocation location)
    {
        var first = site.Check().Diagnostics.ShouldHaveSingleItem();
        var second = site.Check().Diagnostics.ShouldHaveSingleItem();

        first.Code.ShouldBe(code);
        first.Location.ShouldBe(location);
        second.ToString().ShouldBe(first.ToString());
    }

    [Fact]
    public void An_edited_front_matter_field_is_read_afresh_and_the_page_shows_the_new_value()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.Exists(StoredEvents(site)).ShouldBeTrue("the first build keeps the front matter it parsed");

        site.Write("content/articles/sample.md", site.ReadSource("content/articles/sample.md").Replace("title: What is a sample?", "title: What is a test sample?"));
        site.Build().Succeeded.ShouldBeTrue();

        var page = site.ReadOutput("articles/sample/index.html");
        page.ShouldContain("What is a test sample?");
        page.ShouldNotContain("What is a sample?");
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line_and_column_on_every_build_even_after_the_file_was_valid()
    {
        using var site = new TestSite();
        site.Check().Diagnostics.ShouldBeEmpty();
        site.Write("content/articles/sample.md", site.ReadSource("content/articles/sample.md").Replace("title: What is a sample?", "title: What is: a sample?"));

        ShouldReportOnEveryCheck(site, DiagnosticCode.InvalidYaml, new SourceLocation("content/articles/sample.md", 2, 15));
    }

    [Fact]
    public void A_mistake_in_the_fields_of_stored_front_matter_is_still_reported_on_every_build()
    {
        using var site = new TestSite();
        site.Write("content/articles/sample.md", TestSite.WithFrontMatter(TestSite.SampleArticle, "tagz: [fat]"));

        ShouldReportOnEveryCheck(site, DiagnosticCode.UnknownField, new SourceLocation("content/articles/sample.md", 2, 1));
        File.Exists(StoredEvents(site)).ShouldBeTrue("valid YAML is kept even when its fields are wrong");
    }

    [Fact]
    public void Check_run_twice_prints_the_same()
    {
        using var site = new TestSite();
        site.Write("content/articles/unknown-field.md", TestSite.WithFrontMatter(TestSite.SampleArticle, "tagz: [fat]"));
        site.Write("content/articles/broken.md", "---\ntitle: A title\nsummary: a: b\n---\nBody.\n");

        var (firstExit, first) = site.Run("check");
        var (secondExit, second) = site.Run("check");

        first.ShouldContain("content/articles/broken.md:3:11: error KB002: ");
        first.ShouldContain("content/articles/unknown-field.md:2:1: error");
        (secondExit, second).ShouldBe((firstExit, first));
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("cut short")]
    [InlineData("empty")]
    public void A_damaged_store_of_front_matter_is_ignored_and_the_site_built_as_from_scratch(string damage)
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var fresh = site.ReadOutput("articles/sample/index.html");
        var bytes = File.ReadAllBytes(StoredEvents(site));
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(StoredEvents(site), damage switch
        {
            "damaged" => bytes,
            "cut short" => bytes[..(bytes.Length / 2)],
            _ => [],
        });

        var result = site.Build();

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
        site.ReadOutput("articles/sample/index.html").ShouldBe(fresh);
    }
}

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Links;

public sealed class PublishedUrlManifestTests
{
    private const string Manifest = "published-urls.txt";

    private static string[] RecordedPaths(TestSite site) =>
        File.ReadAllLines(Path.Combine(site.Root, Manifest)).Where(line => line.StartsWith('/')).ToArray();

    [Fact]
    public void Build_records_every_published_page_sorted_one_per_line_without_assets()
    {
        using var site = new TestSite();

        site.Build().Succeeded.ShouldBeTrue();

        RecordedPaths(site).ShouldBe(
            ["/", "/404.html", "/api/articles.json", "/articles/sample/", "/embed/sample/", "/evidence/", "/feed.xml", "/people/", "/robots.txt", "/search/", "/sitemap.xml", "/topics/",
             "/topics/basics/"]);
    }

    [Fact]
    public void Build_adds_new_urls_keeps_old_lines_and_gives_the_same_bytes_each_time()
    {
        using var site = new TestSite();
        site.Write(Manifest, "/articles/older/ retired: merged into /articles/sample/\n");
        site.Write("content/articles/second.md", TestSite.SampleArticle);
        site.Build().Succeeded.ShouldBeTrue();
        var first = File.ReadAllBytes(Path.Combine(site.Root, Manifest));

        site.Build().Succeeded.ShouldBeTrue();

        File.ReadAllBytes(Path.Combine(site.Root, Manifest)).ShouldBe(first);
        RecordedPaths(site).ShouldContain("/articles/older/ retired: merged into /articles/sample/");
        RecordedPaths(site).ShouldContain("/articles/second/");
    }

    [Fact]
    public void An_editors_comments_and_order_are_kept_when_a_build_adds_a_url()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var path = Path.Combine(site.Root, Manifest);
        var edited = File.ReadAllText(path).Replace("/evidence/\n", "# The evidence page was split in 2025; see the alias in sample.md.\n/evidence/\n");
        File.WriteAllText(path, edited);
        site.Write("content/articles/second.md", TestSite.SampleArticle);

        site.Build().Succeeded.ShouldBeTrue();

        File.ReadAllText(path).ShouldBe(edited.Replace("/articles/sample/\n", "/articles/sample/\n/articles/second/\n").Replace("/embed/sample/\n", "/embed/sample/\n/embed/second/\n"));
    }

    [Fact]
    public void An_edit_to_the_manifest_made_while_the_site_was_being_built_is_kept()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var path = Path.Combine(site.Root, Manifest);
        site.Write("content/articles/second.md", TestSite.SampleArticle);
        var retiredDuringBuild = File.ReadAllText(path) + "/articles/gone/ retired: merged into /articles/sample/\n";

        // The second build has loaded the manifest when the site is rendered; the edit comes after that.
        new KnowledgeBase.Building.SiteBuilder(TestSite.Clock).Build(
            new KnowledgeBase.Building.BuildOptions(site.Root, site.Output, BaseUrlOverride: null, IncludeDrafts: false), new EditWhenRendering(() => File.WriteAllText(path, retiredDuringBuild)))
            .Succeeded.ShouldBeTrue();

        RecordedPaths(site).ShouldContain("/articles/gone/ retired: merged into /articles/sample/");
        RecordedPaths(site).ShouldContain("/articles/second/");
    }

    private sealed class EditWhenRendering(Action edit) : IProgress<KnowledgeBase.Building.BuildStage>
    {
        public void Report(KnowledgeBase.Building.BuildStage value)
        {
            if (value == KnowledgeBase.Building.BuildStage.Render)
            {
                edit();
            }
        }
    }

    [Fact]
    public void A_removed_article_fails_check_at_its_line_in_the_manifest()
    {
        using var site = new TestSite();
        site.Write("content/articles/second.md", TestSite.SampleArticle);
        site.Build().Succeeded.ShouldBeTrue();
        File.Delete(Path.Combine(site.Root, "content/articles/second.md"));

        var (exitCode, output) = site.Run("check");

        exitCode.ShouldBe(1);
        var line = Array.IndexOf(File.ReadAllLines(Path.Combine(site.Root, Manifest)), "/articles/second/") + 1;
        output.ShouldContain($"published-urls.txt:{line}:1: error KB040: /articles/second/ was published before and this build would no longer produce it");
    }

    [Fact]
    public void Renaming_a_slug_without_keeping_the_old_url_fails_check_at_the_new_slug()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        site.Write("content/articles/sample.md", TestSite.WithFrontMatter(TestSite.SampleArticle.Replace("/articles/sample/", "/articles/renamed-sample/"), "slug: renamed-sample"));

        var errors = site.Check().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        errors.Select(e => e.Code).Distinct().ShouldBe([DiagnosticCode.PublishedUrlRemoved]);
        errors.ShouldAllBe(e => e.Location == new SourceLocation("content/articles/sample.md", 2, 7));
        errors[0].Message.ShouldContain("aliases: [/articles/sample/]");
    }

    [Fact]
    public void Renaming_a_slug_and_keeping_the_old_url_as_an_alias_passes_check()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        site.Write("content/articles/sample.md", TestSite.WithFrontMatter(TestSite.SampleArticle, "slug: renamed-sample\naliases: [/articles/sample/]"));

        site.Check().Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_url_retired_on_purpose_does_not_fail_check()
    {
        using var site = new TestSite();
        site.Write("content/articles/second.md", TestSite.SampleArticle);
        site.Build().Succeeded.ShouldBeTrue();
        File.Delete(Path.Combine(site.Root, "content/articles/second.md"));
        var manifest = Path.Combine(site.Root, Manifest);
        File.WriteAllText(manifest, File.ReadAllText(manifest)
            .Replace("/articles/second/\n", "/articles/second/ retired: duplicate of /articles/sample/\n")
            .Replace("/embed/second/\n", "/embed/second/ retired\n"));

        site.Check().Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_manifest_line_that_is_not_a_path_is_an_error_at_its_position()
    {
        using var site = new TestSite();
        site.Write(Manifest, "# comment\n/articles/sample/\n  articles/typo/\n/embed/sample/ gone\n");

        var errors = site.Check().Diagnostics.Where(d => d.Code == DiagnosticCode.InvalidUrlManifest).Select(d => d.Location).ToList();

        errors.ShouldBe([new SourceLocation(Manifest, 3, 3), new SourceLocation(Manifest, 4, 1)]);
    }

    [Fact]
    public void Urls_not_yet_recorded_are_one_warning_that_says_to_run_build()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        site.Write("content/articles/second.md", TestSite.SampleArticle);

        var warning = site.Check().Diagnostics.ShouldHaveSingleItem();

        warning.Code.ShouldBe(DiagnosticCode.UnrecordedUrl);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Message.ShouldContain("/articles/second/");
    }

    [Fact]
    public void A_build_with_drafts_records_nothing()
    {
        using var site = new TestSite();

        site.Build(drafts: true).Succeeded.ShouldBeTrue();

        File.Exists(Path.Combine(site.Root, Manifest)).ShouldBeFalse();
    }
}

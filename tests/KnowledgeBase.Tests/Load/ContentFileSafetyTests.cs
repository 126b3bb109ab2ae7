using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Load;

public sealed class ContentFileSafetyTests
{
    [Fact]
    public void Binary_file_with_md_extension_is_reported_not_parsed()
    {
        using var site = new TestSite();
        File.WriteAllBytes(Path.Combine(site.Root, "content/articles/photo.md"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.UnreadableFile);
        error.Location.Path.ShouldBe("content/articles/photo.md");
        error.Message.ShouldContain("binary");
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_line_and_column_of_the_bad_byte()
    {
        using var site = new TestSite();
        File.WriteAllBytes(Path.Combine(site.Root, "content/articles/latin1.md"), [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\n"u8]);

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.UnreadableFile);
        error.Location.ShouldBe(new SourceLocation("content/articles/latin1.md", 2, 11));
    }

    [Fact]
    public void Huge_file_is_refused_before_it_is_read()
    {
        using var site = new TestSite();
        var path = Path.Combine(site.Root, "content/articles/huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.FileTooLarge);
        error.Message.ShouldContain("50.0 MB");
    }

    [Fact]
    public void Symlink_to_a_file_outside_content_is_refused()
    {
        using var site = new TestSite();
        var outside = Path.Combine(site.Root, "secret.md");
        File.WriteAllText(outside, TestSite.SampleArticle);
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/articles/linked.md"), outside);

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.PathOutsideContent);
        error.Location.Path.ShouldBe("content/articles/linked.md");
    }

    [Fact]
    public void File_name_with_spaces_and_accents_becomes_a_clean_slug()
    {
        using var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/Mésothérapie et graisse.md", TestSite.SampleArticle.Replace("/articles/sample/", "/articles/mesotherapie-et-graisse/"));

        site.Build().Succeeded.ShouldBeTrue();

        File.Exists(Path.Combine(site.Output, "articles/mesotherapie-et-graisse/index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Editors_swap_lock_backup_and_probe_files_are_neither_built_nor_reported()
    {
        using var site = new TestSite();
        foreach (var file in new[] { ".sample.md.swp", ".sample.md.swx", "sample.md~", "4913", "#sample.md#", "sample.md.vsctmp", ".hidden.md" })
        {
            site.Write($"content/articles/{file}", "not an article");
        }

        File.CreateSymbolicLink(Path.Combine(site.Root, "content/articles/.#sample.md"), "editor@host.4242:1700000000");
        foreach (var file in new[] { ".embed.css.swp", "embed.css~", "5036", "embed.css.vsctmp" })
        {
            site.Write($"templates/assets/{file}", "body { color: red; }");
        }

        var result = site.Build();

        result.Diagnostics.ShouldBeEmpty();
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ShouldNotContain(name =>
            name!.Contains(".sw", StringComparison.Ordinal) || name.Contains('~') || name.Contains('#') || name.Contains("vsctmp", StringComparison.Ordinal)
            || name.StartsWith("5036", StringComparison.Ordinal) || name.StartsWith(".hidden", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_deleted_after_it_was_listed_is_skipped_without_a_problem()
    {
        using var site = new TestSite();
        var diagnostics = new DiagnosticBag();

        var source = new ContentFileReader(site.Root, diagnostics).Read(Path.Combine(site.Root, "content/articles/saved-by-rename.md"), Path.Combine(site.Root, "content"));

        source.ShouldBeNull();
        diagnostics.Sorted().ShouldBeEmpty();
    }

    [Fact]
    public void A_link_to_a_file_that_does_not_exist_is_reported()
    {
        using var site = new TestSite();
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/articles/moved.md"), "elsewhere.md");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.UnreadableFile);
        error.Message.ShouldBe("this file links to 'elsewhere.md', which does not exist");
    }

    [Fact]
    public void A_missing_site_yml_fails_the_build_instead_of_building_without_settings()
    {
        using var site = new TestSite();
        File.Delete(Path.Combine(site.Root, "site.yml"));

        var result = site.Build();

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(problem => problem.Code == DiagnosticCode.UnreadableFile && problem.Location.Path == "site.yml");
    }
}

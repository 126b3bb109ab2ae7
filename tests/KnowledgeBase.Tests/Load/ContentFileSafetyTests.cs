using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Tests.Support.BadInputs;
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
    public void A_control_character_is_reported_at_its_line_and_column()
    {
        using var site = new TestSite();
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("Small injections", "Small \u001E injections"));

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.UnreadableFile);
        error.Location.ShouldBe(new SourceLocation("content/articles/sample.md", 22, 7));
        error.Message.ShouldContain("U+001E");
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
    public async Task A_fifo_named_like_an_article_is_reported_at_its_path_instead_of_waiting_for_ever()
    {
        using var site = new TestSite();
        BadInput.Replace("content/articles/pipe.md", FileKind.Fifo).Apply(site.Root);
        BadInput.Replace("templates/assets/pipe.js", FileKind.Fifo).Apply(site.Root);

        var result = await Task.Run(site.Check, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCode.MissingFrontMatter);
        error.Location.Path.ShouldBe("content/articles/pipe.md");
    }

    [Fact]
    public async Task A_link_that_leads_round_to_itself_to_nothing_or_to_the_site_itself_is_reported_at_its_path()
    {
        using var site = new TestSite();
        BadInput.Replace("content/articles/loop.md", FileKind.LinkToItself).Apply(site.Root);
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/articles/gone.md"), Path.Combine(site.Root, "content/articles/missing.md"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "templates/assets/gone.js"), Path.Combine(site.Root, "templates/assets/missing.js"));
        BadInput.Replace("content/pages/root", FileKind.LinkToSiteRoot).Apply(site.Root);

        var result = await Task.Run(site.Check, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        result.Diagnostics.Select(error => (error.Code, error.Location.Path)).ShouldBe(
        [
            (DiagnosticCode.UnreadableFile, "content/articles/gone.md"),
            (DiagnosticCode.UnreadableFile, "content/articles/loop.md"),
            (DiagnosticCode.UnreadableFile, "templates/assets/gone.js"),
        ]);
    }

    [Fact]
    public void A_folder_named_like_a_content_file_is_reported_at_its_path_instead_of_being_skipped()
    {
        using var site = new TestSite();
        foreach (var name in new[] { "site.yml", "content/articles/folder.md", "content/glossary.yml", "templates/folder.html", "templates/assets/copy-link.js" })
        {
            BadInput.Replace(name, FileKind.Folder).Apply(site.Root);
        }

        var (exitCode, output) = site.Run("build", "--output", site.Output);

        exitCode.ShouldBe(ExitCodes.ContentErrors, output);
        output.ShouldContain("site.yml:1:1: error KB009: this is a folder, not a file; the site reads the file site.yml here, so rename or move the folder");
        output.ShouldContain("content/articles/folder.md:1:1: error KB009: this is a folder, not a file; content files cannot be in subfolders");
        output.ShouldContain("content/glossary.yml:1:1: error KB009: this is a folder, not a file; the site reads the file content/glossary.yml here");
        output.ShouldContain("templates/folder.html:1:1: error KB009: this is a folder, not a file; the site reads the file templates/folder.html here");
        output.ShouldNotContain("glossary.yml:1:1: error KB009: this is a folder, not a file; content files cannot be in subfolders");
        output.ShouldContain("templates/assets/copy-link.js:1:1: error KB015: the asset 'copy-link.js', which every page links to, is missing");
    }

    [Fact]
    public void A_folder_named_published_urls_txt_is_told_to_be_the_record_of_published_urls_and_the_build_writes_nothing()
    {
        using var site = new TestSite();
        BadInput.Replace("published-urls.txt", FileKind.Folder).Apply(site.Root);

        var (exitCode, output) = site.Run("build", "--output", site.Output);

        exitCode.ShouldBe(ExitCodes.ContentErrors, output);
        output.ShouldContain("published-urls.txt:1:1: error KB009: this is a folder, not a file; published-urls.txt is the record of every URL the site has published");
        output.ShouldContain("If the folder holds that file, move the file out in place of the folder");
        output.ShouldNotContain("subfolders");
        Directory.Exists(site.Output).ShouldBeFalse();
        File.Exists(Path.Combine(site.Root, "published-urls.txt", "inside.md")).ShouldBeTrue("what the editor put in the folder is left there");
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
        error.Message.ShouldBe("this file is a link to 'elsewhere.md', which does not exist; put the file itself here, or delete the link");
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

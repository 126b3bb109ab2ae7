using System.Text.Json;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Cli;

public sealed class CheckCommandTests
{
    private static string OverdueArticle => TestSite.SampleArticle.Replace("last_reviewed: 2026-11-01", "last_reviewed: 2024-11-01").Replace("next_review: 2027-11-01", "next_review: 2025-11-01");

    [Fact]
    public void Check_reports_every_problem_at_once_sorted_by_file_then_position()
    {
        using var site = new TestSite();
        site.Write("content/articles/b.md", "---\ntitle: B\nsumary: x\nlast_reviewed: 2026-13-01\nnext_review: 2027-11-01\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\n---\n");
        site.Write("content/articles/a.md", "---\ntitle: A\nsummary: S.\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\ntagz: [x]\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\n---\n");

        var (exitCode, output) = site.Run("check");

        exitCode.ShouldBe(ExitCodes.ContentErrors);
        ProblemLines(output).ShouldBe([
            "content/articles/a.md:6:1: error KB003: unknown field 'tagz' (did you mean tags?)",
            "content/articles/b.md:2:1: error KB004: required field 'summary' is missing",
            "content/articles/b.md:3:1: error KB003: unknown field 'sumary' (did you mean summary?)",
            "content/articles/b.md:4:16: error KB005: 'last_reviewed' is '2026-13-01', which is not a real date written as YYYY-MM-DD (for example 2026-11-01)",
        ]);
    }

    [Fact]
    public void A_warning_alone_passes_check_but_fails_check_strict()
    {
        using var site = new TestSite();
        site.Write("content/articles/old.md", OverdueArticle);

        var relaxed = site.Run("check");
        var strict = site.Run("check", "--strict");

        relaxed.ExitCode.ShouldBe(ExitCodes.Ok);
        relaxed.Output.ShouldContain("warning KB011");
        strict.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        strict.Output.ShouldContain("content/articles/old.md:8:14: error KB011: ");
    }

    [Fact]
    public void GitHub_format_prints_one_annotation_per_problem_with_file_line_and_column()
    {
        using var site = new TestSite();
        site.Write("content/articles/old.md", OverdueArticle.Replace("tags: [basics]", "tagz: [basics]"));

        var (exitCode, output) = site.Run("check", "--format", "github");

        exitCode.ShouldBe(ExitCodes.ContentErrors);
        ProblemLines(output).ShouldBe([
            "::error file=content/articles/old.md,line=4,col=1,title=KB003 unknown front matter field::unknown field 'tagz' (did you mean tags?)",
            "::warning file=content/articles/old.md,line=8,col=14,title=KB011 review overdue::the review was due on 2025-11-01; review the article and update last_reviewed and next_review",
        ]);
    }

    [Fact]
    public void GitHub_format_escapes_characters_that_would_end_the_annotation()
    {
        using var site = new TestSite();
        site.Write("content/articles/a,b:c.md", "---\ntitle: T\n---\n");

        var (_, output) = site.Run("check", "--format", "github");

        output.ShouldContain("::error file=content/articles/a%2Cb%3Ac.md,line=2,col=1,title=KB004 required field missing or empty::");
    }

    [Fact]
    public void Json_format_lists_each_diagnostic_with_code_severity_and_position()
    {
        using var site = new TestSite();
        site.Write("content/articles/old.md", OverdueArticle);

        var (exitCode, output) = site.Run("check", "--format", "json", "--strict");

        exitCode.ShouldBe(ExitCodes.ContentErrors);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("errors").GetInt32().ShouldBe(1);
        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().ShouldHaveSingleItem();
        diagnostic.GetProperty("code").GetString().ShouldBe("KB011");
        diagnostic.GetProperty("severity").GetString().ShouldBe("error");
        diagnostic.GetProperty("file").GetString().ShouldBe("content/articles/old.md");
        diagnostic.GetProperty("line").GetInt32().ShouldBe(8);
        diagnostic.GetProperty("column").GetInt32().ShouldBe(14);
    }

    [Fact]
    public void Check_reports_the_reading_level_of_each_article()
    {
        using var site = new TestSite();
        site.Write("content/articles/plain.md", TestSite.SampleArticle.Replace("Small injections into the skin.", "We use a fine needle. It is quick."));

        var (exitCode, output) = site.Run("check");

        exitCode.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("Reading level (Flesch-Kincaid grade, limit 8):");
        output.ShouldMatch(@"\n\s+-?\d+\.\d\s+\d+\.\d\s+content/articles/plain\.md\n");
        output.ShouldMatch(@"\n\s+-?\d+\.\d\s+\d+\.\d\s+content/articles/sample\.md\n");
    }

    [Fact]
    public void Json_format_includes_the_reading_level_of_each_article()
    {
        using var site = new TestSite();

        var (_, output) = site.Run("check", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var readability = json.RootElement.GetProperty("readability");
        readability.GetProperty("maxGrade").GetDecimal().ShouldBe(8);
        var article = readability.GetProperty("articles").EnumerateArray().ShouldHaveSingleItem();
        article.GetProperty("file").GetString().ShouldBe("content/articles/sample.md");
        article.GetProperty("sentences").GetInt32().ShouldBe(4);
        article.GetProperty("words").GetInt32().ShouldBe(17);
    }

    [Fact]
    public void When_errors_stop_the_check_before_links_it_says_links_are_checked_later()
    {
        using var site = new TestSite();
        site.Write("content/articles/broken.md", "---\ntitle: T\n---\n[gone](/gone/)\n");

        var (_, output) = site.Run("check");

        output.ShouldNotContain("KB050");
        output.ShouldContain("Links between pages and the addresses in published-urls.txt are checked once these errors are fixed.");
    }

    [Fact]
    public void Check_with_a_cache_folder_the_disk_refuses_reports_every_content_problem_and_names_the_folder_once()
    {
        using var disk = TemporaryDisk.Mount(sizeKilobytes: 1024);
        using var site = new TestSite();
        disk.MakeReadOnly();
        Directory.CreateSymbolicLink(Path.Combine(site.Root, ".cache"), disk.Folder);
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("tags: [basics]", "tagz: [basics]"));
        site.Write("content/articles/other.md", TestSite.SampleArticle.Replace("summary: A short article used by the tests.\n", ""));

        var (exitCode, output) = site.Run("check", "--strict");

        exitCode.ShouldBe(ExitCodes.ContentErrors, output);
        output.ShouldContain("content/articles/other.md:2:1: error KB004: ");
        output.ShouldContain("content/articles/sample.md:4:1: error KB003: ");
        output.ShouldContain(".cache:1:1: warning KB101: .cache/ cannot be used (");
        output.ShouldContain("Read-only file system");
        output.Split("KB101").Length.ShouldBe(2, "the cache folder is named once");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_naming_the_formats()
    {
        using var site = new TestSite();

        var (exitCode, output) = site.Run("check", "--format", "xml");

        exitCode.ShouldBe(ExitCodes.UsageError);
        output.ShouldContain("'github'");
    }

    private static string[] ProblemLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("content/", StringComparison.Ordinal) || line.StartsWith("::", StringComparison.Ordinal))
            .ToArray();
}

using System.Text.RegularExpressions;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Translations;
using Shouldly;

namespace KnowledgeBase.Tests.Cli;

public sealed partial class NewCommandTests
{
    private const string ArticlePath = "content/articles/does-mesotherapy-hurt.md";
    private const string ReferencePath = "content/references/smith2020.md";

    [Fact]
    public void New_article_writes_every_field_the_real_articles_use_with_dates_from_the_clock()
    {
        using var site = new TestSite();

        var (exitCode, output) = site.Run("new", "article", "Does mesotherapy hurt?");

        exitCode.ShouldBe(ExitCodes.Ok);
        output.ShouldContain($"Created {ArticlePath}");
        var text = site.ReadSource(ArticlePath);
        text.ShouldContain("title: \"Does mesotherapy hurt?\"");
        text.ShouldContain("last_reviewed: 2026-11-25"); // TestSite's clock
        text.ShouldContain("next_review: 2027-11-25");
        FieldsUsedIn(Path.Combine(RepositoryPaths.Root, "content/articles")).ShouldBeSubsetOf(FieldsNamedIn(text));
    }

    [Fact]
    public void New_article_fails_check_until_its_summary_is_filled_in_then_passes()
    {
        using var site = new TestSite();
        site.Run("new", "article", "Does mesotherapy hurt?");

        var unfilled = site.Run("check");
        site.Write(ArticlePath, site.ReadSource(ArticlePath).Replace("summary:\n", "summary: What people feel during and after the injections.\n"));
        var filled = site.Run("check", "--strict");

        unfilled.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        unfilled.Output.ShouldContain($"{ArticlePath}:8:9: error KB004: required field 'summary' is empty");
        filled.ExitCode.ShouldBe(ExitCodes.Ok, filled.Output);
    }

    [Theory]
    [InlineData(ArticlePath, "article", "Does mesotherapy hurt?")]
    [InlineData(ReferencePath, "reference", "smith2020")]
    public void New_refuses_to_overwrite_an_existing_file(string path, string kind, string name)
    {
        using var site = new TestSite();
        const string EditorsWork = "---\ntitle: An editor's work in progress\n---\nNot to be lost.\n";
        site.Write(path, EditorsWork);

        var (exitCode, output) = site.Run("new", kind, name);

        exitCode.ShouldBe(ExitCodes.UsageError);
        output.ShouldContain($"{path} already exists, and was left as it was");
        site.ReadSource(path).ShouldBe(EditorsWork);
    }

    [Theory]
    [InlineData("content/articles/Does-Mesotherapy-Hurt.md", "article", "Does mesotherapy hurt?", "does-mesotherapy-hurt.md")]
    [InlineData("content/references/Smith2020.md", "reference", "smith2020", "smith2020.md")]
    public void New_refuses_a_name_that_differs_from_an_existing_file_only_in_case_which_one_checkout_on_windows_or_macos_would_lose(
        string existing, string kind, string name, string wouldCreate)
    {
        using var site = new TestSite();
        const string EditorsWork = "---\ntitle: An editor's work in progress\n---\nNot to be lost.\n";
        site.Write(existing, EditorsWork);

        var (exitCode, output) = site.Run("new", kind, name);

        exitCode.ShouldBe(ExitCodes.UsageError, output);
        output.ShouldContain($"{existing} already exists, and its name differs from {wouldCreate} only in case");
        Directory.EnumerateFiles(Path.Combine(site.Root, Path.GetDirectoryName(existing)!)).Select(Path.GetFileName)
            .ShouldNotContain(wouldCreate, "no second file that a case-insensitive checkout would merge with the first");
        site.ReadSource(existing).ShouldBe(EditorsWork);
    }

    [Fact]
    public void New_refuses_a_name_held_by_a_folder_or_a_broken_link_and_leaves_both_as_they_were()
    {
        using var site = new TestSite();
        site.Write($"{ArticlePath}/notes.txt", "An editor's notes.");
        var missing = Path.Combine(site.Root, "nowhere.md");
        Directory.CreateDirectory(Path.Combine(site.Root, "content/references"));
        File.CreateSymbolicLink(Path.Combine(site.Root, ReferencePath), missing);

        var folder = site.Run("new", "article", "Does mesotherapy hurt?");
        var link = site.Run("new", "reference", "smith2020");

        folder.ExitCode.ShouldBe(ExitCodes.UsageError, folder.Output);
        folder.Output.ShouldContain($"{ArticlePath} already exists, and was left as it was");
        site.ReadSource($"{ArticlePath}/notes.txt").ShouldBe("An editor's notes.");
        link.ExitCode.ShouldBe(ExitCodes.UsageError, link.Output);
        link.Output.ShouldContain($"{ReferencePath} already exists, and was left as it was");
        File.Exists(missing).ShouldBeFalse("nothing is written through the link");
    }

    [Fact]
    public void New_where_a_file_stands_in_for_the_folder_exits_3_saying_nothing_was_changed()
    {
        using var site = new TestSite();
        site.Write("content/references", "An editor's file where the sources' folder should be.");

        var (exitCode, output) = site.Run("new", "reference", "smith2020");

        exitCode.ShouldBe(ExitCodes.InternalError, output);
        output.ShouldContain($"error KB100: could not create {ReferencePath}: ");
        output.ShouldContain("Nothing was changed: no file was created, and no file was replaced.");
        output.ShouldNotContain("could not write the site");
        output.ShouldNotContain("   at ");
        site.ReadSource("content/references").ShouldBe("An editor's file where the sources' folder should be.");
    }

    [Fact]
    public void New_on_a_read_only_disk_exits_3_and_leaves_no_folder_or_file_behind()
    {
        using var disk = TemporaryDisk.Mount(sizeKilobytes: 1024);
        using var site = new TestSite();
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/references"), disk.Folder);
        disk.MakeReadOnly();

        var (exitCode, output) = site.Run("new", "reference", "smith2020");

        exitCode.ShouldBe(ExitCodes.InternalError, output);
        output.ShouldContain($"error KB100: could not create {ReferencePath}: ");
        output.ShouldContain("Nothing was changed");
        Directory.EnumerateFileSystemEntries(disk.Folder).ShouldBeEmpty();
    }

    [Fact]
    public void New_on_a_full_disk_exits_3_and_removes_the_part_it_wrote_and_the_folder_it_made()
    {
        using var disk = TemporaryDisk.Mount(sizeKilobytes: 64);
        using var site = new TestSite();
        var content = Directory.CreateDirectory(Path.Combine(disk.Folder, "content")).FullName;
        using (var fill = new FileStream(Path.Combine(disk.Folder, "filler"), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            try
            {
                // Fills the disk to its last block.
                while (true)
                {
                    fill.Write(new byte[512]);
                }
            }
            catch (IOException)
            {
            }
        }

        Directory.Delete(Path.Combine(site.Root, "content"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content"), content);

        var (exitCode, output) = site.Run("new", "reference", "smith2020");

        exitCode.ShouldBe(ExitCodes.InternalError, output);
        output.ShouldContain($"error KB100: could not create {ReferencePath}: ");
        output.ShouldContain("Nothing was changed");
        Directory.EnumerateFileSystemEntries(content).ShouldBeEmpty("content/references/ was made by new, and removed with the file");
    }

    [Fact]
    public void New_reference_writes_every_field_the_real_sources_use_with_the_identifiers_given()
    {
        using var site = new TestSite();

        var (exitCode, _) = site.Run("new", "reference", "smith2020", "--doi", "10.1000/xyz.123", "--pmid", "12345678", "--type", "news");

        exitCode.ShouldBe(ExitCodes.Ok);
        var text = site.ReadSource(ReferencePath);
        text.ShouldContain("type: news\n");
        text.ShouldContain("doi: \"10.1000/xyz.123\"\n");
        text.ShouldContain("pmid: \"12345678\"\n");
        text.ShouldContain("accessed: 2026-11-25\n");
        FieldsUsedIn(Path.Combine(RepositoryPaths.Root, "content/references")).ShouldBeSubsetOf(FieldsNamedIn(text));
    }

    [Fact]
    public void New_reference_passes_check_once_what_was_not_verified_is_filled_in_and_it_is_cited()
    {
        using var site = new TestSite();
        site.Run("new", "reference", "smith2020", "--pmid", "12345678");

        var unfilled = site.Run("check");
        site.Write(ReferencePath, site.ReadSource(ReferencePath)
            .Replace("title:\n", "title: A trial of something\n")
            .Replace("unverified:\n", "unverified: Only the abstract was read.\n"));
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("A few millimetres.", "A few millimetres [@smith2020]."));
        var filled = site.Run("check", "--strict");

        unfilled.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        unfilled.Output.ShouldContain("KB026");
        filled.ExitCode.ShouldBe(ExitCodes.Ok, filled.Output);
    }

    [Theory]
    [InlineData("smith 2020", "cannot be a citation key")]
    [InlineData("smith2020 --doi doi.org/10.1000/x", "is not a DOI")]
    [InlineData("smith2020 --pmid PMID123", "is not a PMID")]
    [InlineData("smith2020 --type book", "'journal-article'")]
    public void New_reference_refuses_a_key_or_identifier_that_check_would_reject(string arguments, string message)
    {
        using var site = new TestSite();
        var args = arguments.StartsWith("smith 2020", StringComparison.Ordinal) ? ["smith 2020"] : arguments.Split(' ');

        var (exitCode, output) = site.Run(["new", "reference", .. args]);

        exitCode.ShouldBe(ExitCodes.UsageError);
        output.ShouldContain(message);
        Directory.Exists(Path.Combine(site.Root, "content/references")).ShouldBeFalse();
    }

    /// <summary>The top-level front matter fields used by any English file in the folder: the schema as the content uses it.</summary>
    private static HashSet<string> FieldsUsedIn(string folder) =>
        Directory.EnumerateFiles(folder, "*.md")
            .Where(file => TranslationFiles.LanguageOf(file) is null)
            .SelectMany(file => File.ReadAllText(file).Split("\n---", 2)[0].Split('\n'))
            .Select(line => TopLevelField().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The fields a scaffold names, written out or commented out.</summary>
    private static HashSet<string> FieldsNamedIn(string scaffold) =>
        scaffold.Split('\n')
            .Select(line => TopLevelField().Match(line.StartsWith("# ", StringComparison.Ordinal) ? line[2..] : line))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("^([a-z_]+):")]
    private static partial Regex TopLevelField();
}

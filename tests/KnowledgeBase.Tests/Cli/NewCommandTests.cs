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

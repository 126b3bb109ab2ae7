using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Quality;

/// <summary>
/// What an editor sees from `build` for each kind of bad input: exit code 1, the file with a line and column,
/// no stack trace, and the site from the last good build left byte for byte as it was.
/// </summary>
public sealed class BadInputTests
{
    private static readonly Dictionary<string, (string File, Action<TestSite> Spoil)> BadInputs = new()
    {
        ["broken YAML"] = ("content/articles/sample.md", site => Rewrite(site, "title: What is a sample?", "title: [What is a sample?")),
        ["YAML alias bomb"] = ("content/articles/bomb.md", site => site.Write("content/articles/bomb.md",
            "---\ntitle: &a [x, x, x, x, x, x, x, x, x]\nsummary: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\ntags: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\nBody.\n")),
        ["50 MB article"] = ("content/articles/huge.md", site => WriteZeros(Path.Combine(site.Root, "content/articles/huge.md"), 50L * 1024 * 1024)),
        ["binary file named .md"] = ("content/articles/photo.md", site =>
            File.WriteAllBytes(Path.Combine(site.Root, "content/articles/photo.md"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])),
        ["invalid UTF-8"] = ("content/articles/latin1.md", site =>
            File.WriteAllBytes(Path.Combine(site.Root, "content/articles/latin1.md"),
                [.. Encoding.UTF8.GetBytes(TestSite.SampleArticle), 0xE9, (byte)'\n'])),
        ["symlink outside content"] = ("content/articles/linked.md", site =>
            File.CreateSymbolicLink(Path.Combine(site.Root, "content/articles/linked.md"), site.Write("elsewhere/secret.md", TestSite.SampleArticle))),
        ["two articles with one slug"] = ("content/articles/second.md", site =>
            site.Write("content/articles/second.md", TestSite.SampleArticle.Replace("tags: [basics]", "slug: sample"))),
        ["front matter without a closing fence"] = ("content/articles/unclosed.md", site =>
            site.Write("content/articles/unclosed.md", "---\ntitle: Unclosed\nsummary: S.\n\nBody without a fence.\n")),
        ["empty file"] = ("content/articles/empty.md", site => site.Write("content/articles/empty.md", "")),
        ["template of nearly a megabyte of braces"] = ("templates/reference.html", site =>
            File.AppendAllText(Path.Combine(site.Root, "templates/reference.html"), "\n" + new string('{', 900_000) + "\n")),
        ["template including a template that does not exist"] = ("templates/page.html", site =>
            File.AppendAllText(Path.Combine(site.Root, "templates/page.html"), "{{ include \"artcle-list\" m.related }}\n")),
        ["quotes nested 5,000 levels deep"] = ("content/articles/sample.md", site =>
            File.AppendAllText(Path.Combine(site.Root, "content/articles/sample.md"), "\n" + new string('>', 5_000) + " Deep.\n")),
        ["2,000 brackets never closed"] = ("content/articles/sample.md", site =>
            File.AppendAllText(Path.Combine(site.Root, "content/articles/sample.md"), "\n" + new string('[', 2_000) + "\n")),
        ["a line of a megabyte in published-urls.txt"] = ("published-urls.txt", site =>
            site.Write("published-urls.txt", "/\n" + string.Concat(Enumerable.Repeat("- ", 496_000)) + "\n")),
        ["a source whose url is not a web address"] = ("content/references/web2020.md", site => site.Write("content/references/web2020.md",
            "---\ntype: web-page\norganization: A clinic\ntitle: Prices\nyear: 2020\nurl: \"http://[oops/prices\"\nverification: full\ncitation_status: cite\n---\nPrices.\n")),
        ["template using a variable that does not exist"] = ("templates/article.html", site =>
            File.AppendAllText(Path.Combine(site.Root, "templates/article.html"), "{{ modle.title | html.escape }}\n")),
    };

    public static TheoryData<string> BadInputNames => [.. BadInputs.Keys];

    [Theory]
    [MemberData(nameof(BadInputNames))]
    public void Bad_input_is_reported_at_its_file_and_position_and_the_last_good_site_stays(string badInput)
    {
        using var site = new TestSite();
        site.Run("build", "--output", site.Output).ExitCode.ShouldBe(ExitCodes.Ok);
        var goodSite = OutputTree.Hashes(site.Output);
        var (file, spoil) = BadInputs[badInput];
        spoil(site);

        var (exitCode, output) = site.Run("build", "--output", site.Output);

        exitCode.ShouldBe(ExitCodes.ContentErrors, output);
        output.ShouldMatch(Regex.Escape(file) + @":\d+:\d+");
        output.ShouldNotContain("   at ");
        output.ShouldNotContain("Exception");
        OutputTree.Hashes(site.Output).ShouldBe(goodSite);
    }

    [Fact]
    public void A_file_name_with_spaces_and_accents_builds_under_a_clean_address()
    {
        using var site = new TestSite();
        site.Write("content/articles/Crème pour la peau.md", TestSite.SampleArticle.Replace("What is a sample?", "Crème pour la peau"));

        var (exitCode, output) = site.Run("build", "--output", site.Output);

        exitCode.ShouldBe(ExitCodes.Ok, output);
        File.Exists(Path.Combine(site.Output, "articles/creme-pour-la-peau/index.html")).ShouldBeTrue();
    }

    [Fact]
    public void A_full_disk_exits_3_with_a_plain_message_and_the_last_good_site_stays()
    {
        using var disk = TemporaryDisk.Mount(sizeKilobytes: 2048);
        using var site = new TestSite();
        var output = Path.Combine(disk.Folder, "_site");
        site.Run("build", "--output", output).ExitCode.ShouldBe(ExitCodes.Ok);
        var goodSite = OutputTree.Hashes(output);
        for (var part = 0; part < 4; part++)
        {
            site.Write($"content/articles/long-{part}.md", TestSite.SampleArticle + string.Concat(Enumerable.Repeat("A sentence that fills the disk with plain words. ", 16_000)));
        }

        var (exitCode, message) = site.Run("build", "--output", output);

        exitCode.ShouldBe(ExitCodes.InternalError, message);
        message.ShouldContain("error KB100: could not write the site");
        message.ShouldNotContain("   at ");
        OutputTree.Hashes(output).ShouldBe(goodSite);
        Directory.EnumerateFileSystemEntries(disk.Folder).ShouldBe([output], "no staging folder is left beside the output");
    }

    [Fact]
    public void A_read_only_output_folder_exits_3_with_a_plain_message_and_the_last_good_site_stays()
    {
        using var disk = TemporaryDisk.Mount(sizeKilobytes: 16_384);
        using var site = new TestSite();
        var output = Path.Combine(disk.Folder, "_site");
        site.Run("build", "--output", output).ExitCode.ShouldBe(ExitCodes.Ok);
        var goodSite = OutputTree.Hashes(output);
        disk.MakeReadOnly();
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("A few millimetres.", "A few millimetres, no deeper."));

        var (exitCode, message) = site.Run("build", "--output", output);

        exitCode.ShouldBe(ExitCodes.InternalError, message);
        message.ShouldContain("error KB100: could not write the site");
        message.ShouldNotContain("   at ");
        OutputTree.Hashes(output).ShouldBe(goodSite);
        Directory.EnumerateFileSystemEntries(disk.Folder).ShouldBe([output], "no staging folder is left beside the output");
    }

    private static void Rewrite(TestSite site, string text, string replacement)
    {
        var path = Path.Combine(site.Root, "content/articles/sample.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace(text, replacement));
    }

    /// <summary>A file of <paramref name="length"/> zero bytes, written sparse so that it costs no disk.</summary>
    private static void WriteZeros(string path, long length)
    {
        using var stream = File.Create(path);
        stream.SetLength(length);
    }
}

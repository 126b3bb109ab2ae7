using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

public sealed class BuildOutputTests
{
    [Fact]
    public void The_same_input_builds_byte_identical_files()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var first = OutputTree.Hashes(site.Output);

        site.Build().Succeeded.ShouldBeTrue();

        OutputTree.Hashes(site.Output).ShouldBe(first);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = OutputTree.Hashes(site.Output);
        site.Write("content/articles/broken.md", "---\ntitle: [unclosed\n---\n");

        site.Build().Succeeded.ShouldBeFalse();

        OutputTree.Hashes(site.Output).ShouldBe(before);
    }

    [Fact]
    public void A_successful_build_removes_pages_that_no_longer_exist()
    {
        using var site = new TestSite();
        site.Write("content/articles/second.md", TestSite.SampleArticle);
        site.Build().Succeeded.ShouldBeTrue();
        File.Delete(Path.Combine(site.Root, "content/articles/second.md"));
        site.Write("published-urls.txt", "/articles/second/ retired: test\n/embed/second/ retired: test\n");

        site.Build().Succeeded.ShouldBeTrue();

        Directory.Exists(Path.Combine(site.Output, "articles/second")).ShouldBeFalse();
    }

    [Fact]
    public void No_staging_folders_are_left_beside_the_output()
    {
        using var site = new TestSite();

        site.Build().Succeeded.ShouldBeTrue();

        Directory.EnumerateDirectories(site.Root, "._site.*").ShouldBeEmpty();
    }

    [Fact]
    public void Asset_names_carry_a_hash_of_their_content()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").ShouldHaveSingleItem();
        File.AppendAllText(Path.Combine(site.Root, "templates/assets/site.css"), "\n.changed { color: red; }\n");

        site.Build().Succeeded.ShouldBeTrue();

        var after = Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").ShouldHaveSingleItem();
        Path.GetFileName(after).ShouldNotBe(Path.GetFileName(before));
        site.ReadOutput("index.html").ShouldContain("/assets/" + Path.GetFileName(after));
    }
}

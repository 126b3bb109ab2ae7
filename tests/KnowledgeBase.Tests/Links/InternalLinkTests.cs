using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Links;

public sealed class InternalLinkTests
{
    private static readonly Uri Subpath = new("https://example.github.io/meso/");

    [Fact]
    public void The_real_site_built_under_a_subpath_has_no_broken_internal_link()
    {
        using var site = TestSite.WithRepositoryContent();
        site.Write("content/articles/what-is-mesotherapy.md",
            TestSite.WithFrontMatter(File.ReadAllText(Path.Combine(site.Root, "content/articles/what-is-mesotherapy.md")), "aliases: [/articles/mesotherapy-explained/, /basics.html]"));

        site.Build(Subpath).Succeeded.ShouldBeTrue();

        LinkChecker.BrokenLinks(site.Output, Subpath).ShouldBeEmpty();
    }

    [Fact]
    public void The_sample_site_built_at_the_root_has_no_broken_internal_link()
    {
        using var site = new TestSite();
        site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nSee [the sample](/articles/sample/#depth).\n");

        site.Build().Succeeded.ShouldBeTrue();

        LinkChecker.BrokenLinks(site.Output, new Uri("https://test.example/")).ShouldBeEmpty();
    }

    [Fact]
    public void Link_checker_reports_a_missing_page_a_missing_anchor_and_a_link_outside_the_base_path()
    {
        using var site = new TestSite();
        // check refuses broken links in content, so they are planted in the built page, as a template bug would leave them.
        site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\n[external](https://elsewhere.example/)\n");
        site.Build(Subpath).Succeeded.ShouldBeTrue();
        File.AppendAllText(Path.Combine(site.Output, "about/index.html"),
            "<a href=\"/meso/articles/gone/\">x</a><a href=\"/meso/articles/sample/#nowhere\">x</a><a href=\"/other-project/\">x</a>");

        var broken = LinkChecker.BrokenLinks(site.Output, Subpath);

        broken.ShouldBe(
        [
            "about/index.html: /meso/articles/gone/ (no such file in the output)",
            "about/index.html: /meso/articles/sample/#nowhere (no element with id 'nowhere' on articles/sample/index.html)",
            "about/index.html: /other-project/ (outside the site's base path /meso/)",
        ], ignoreOrder: true);
    }
}

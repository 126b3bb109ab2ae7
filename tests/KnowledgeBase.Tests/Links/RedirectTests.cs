using AngleSharp.Html.Parser;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Links;

public sealed class RedirectTests
{
    private static TestSite SiteWithAliases(string aliases)
    {
        var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/sample.md", TestSite.WithFrontMatter(TestSite.SampleArticle, $"aliases: {aliases}"));
        return site;
    }

    [Fact]
    public void An_alias_leaves_a_page_at_the_old_address_with_meta_refresh_canonical_and_a_plain_link()
    {
        using var site = SiteWithAliases("[/fat-dissolving/]");

        site.Build(new Uri("https://example.github.io/meso/")).Succeeded.ShouldBeTrue();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("fat-dissolving/index.html"));
        page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content").ShouldBe("0; url=/meso/articles/sample/");
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.github.io/meso/articles/sample/");
        page.QuerySelector("main a")!.GetAttribute("href").ShouldBe("/meso/articles/sample/");
        page.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
    }

    [Fact]
    public void Every_alias_is_a_301_in_the_redirects_file_to_a_page_that_exists()
    {
        using var site = SiteWithAliases("[/fat-dissolving/, /articles/old-sample/, /old/page.html]");

        site.Build().Succeeded.ShouldBeTrue();

        var rules = site.ReadOutput("_redirects").Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        rules.ShouldBe(
        [
            "/articles/old-sample/ /articles/sample/ 301",
            "/embed/old-sample/ /embed/sample/ 301",
            "/fat-dissolving/ /articles/sample/ 301",
            "/old/page.html /articles/sample/ 301",
        ]);
        rules.Select(rule => rule.Split(' ')[1]).ShouldAllBe(target => File.Exists(Path.Combine(site.Output, target.TrimStart('/'), "index.html")));
        LinkChecker.BrokenLinks(site.Output, new Uri("https://test.example/")).ShouldBeEmpty();
    }

    [Fact]
    public void An_old_article_address_as_alias_also_keeps_its_old_embed_address_working()
    {
        using var site = SiteWithAliases("[/articles/old-sample/]");

        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("embed/old-sample/index.html").ShouldContain("content=\"0; url=/embed/sample/\"");
    }

    [Fact]
    public void An_alias_that_is_not_a_path_on_this_site_is_an_error_at_the_alias()
    {
        using var site = SiteWithAliases("[fat-dissolving/]");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.InvalidAlias);
        error.Location.ShouldBe(new SourceLocation("content/articles/sample.md", 2, 11));
        error.Message.ShouldContain("did you mean /fat-dissolving/?");
    }

    [Fact]
    public void An_alias_that_names_a_page_the_site_generates_is_an_error()
    {
        using var site = SiteWithAliases("[/sitemap.xml]");

        var error = site.Check().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCode.AliasReplacesPage);
        error.Location.Path.ShouldBe("content/articles/sample.md");
    }
}

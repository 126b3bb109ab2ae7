using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

public sealed class GoldenPageTests
{
    [Fact]
    public void Article_page_matches_its_golden_snapshot()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        Golden.ShouldMatch(site.ReadOutput("articles/sample/index.html"), "article.html");
    }

    [Fact]
    public void Translated_article_page_matches_its_golden_snapshot()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Build().Succeeded.ShouldBeTrue();

        Golden.ShouldMatch(site.ReadOutput("es/articles/que-es-una-muestra/index.html"), "article.es.html");
    }

    [Fact]
    public void Stale_translated_article_page_matches_its_golden_snapshot()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.ChangeSampleArticle();
        site.Build().Succeeded.ShouldBeTrue();

        Golden.ShouldMatch(site.ReadOutput("es/articles/que-es-una-muestra/index.html"), "article-stale.es.html");
    }

    [Fact]
    public void Home_page_matches_its_golden_snapshot()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        Golden.ShouldMatch(site.ReadOutput("index.html"), "home.html");
    }

    [Fact]
    public void A_stylesheet_edit_renames_the_stylesheet_but_leaves_the_golden_snapshots_matching()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = site.ReadOutput("articles/sample/index.html");
        File.AppendAllText(Path.Combine(site.Root, "templates", "assets", "site.css"), "\n.golden-test { color: red; }\n");

        site.Build().Succeeded.ShouldBeTrue();

        var after = site.ReadOutput("articles/sample/index.html");
        after.ShouldNotBe(before);
        Golden.Matches(after, "article.html").ShouldBeTrue();
    }

    [Fact]
    public void A_markup_change_in_a_template_still_breaks_the_golden_snapshot()
    {
        using var site = new TestSite();
        var template = Path.Combine(site.Root, "templates", "article.html");
        File.WriteAllText(template, File.ReadAllText(template).Replace("<article", "<article data-golden-test", StringComparison.Ordinal));

        site.Build().Succeeded.ShouldBeTrue();

        var page = site.ReadOutput("articles/sample/index.html");
        page.ShouldContain("data-golden-test");
        Golden.Matches(page, "article.html").ShouldBeFalse();
    }
}

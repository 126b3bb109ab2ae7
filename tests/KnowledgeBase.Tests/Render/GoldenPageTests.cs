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
    public void Home_page_matches_its_golden_snapshot()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        Golden.ShouldMatch(site.ReadOutput("index.html"), "home.html");
    }
}

using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>Topic pages at /topics/&lt;tag&gt;/ and the list of topics at /topics/.</summary>
[Collection(ReadingSiteCollection.Name)]
public sealed class TopicPageTests(ReadingSite site)
{
    [Fact]
    public void Topic_page_lists_its_articles_with_their_summaries()
    {
        var page = site.Page("/topics/fat/");

        page.QuerySelector("main h1")!.TextContent.ShouldBe("Fat and body shape");
        page.QuerySelector("main .lead")!.TextContent.ShouldBe("Shots for fat, and what the studies found.");
        page.QuerySelectorAll("main .article-list li").Select(li => (li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector("p")!.TextContent))
            .ShouldBe([("/articles/cost/", "What it costs."), ("/articles/fat/", "What the studies found about fat."), ("/articles/chin/", "The approved chin treatment.")]);
    }

    [Fact]
    public void A_tag_not_listed_in_site_yml_gets_a_page_titled_after_the_tag()
    {
        var page = site.Page("/topics/safety/");

        page.QuerySelector("main h1")!.TextContent.ShouldBe("Safety");
        page.QuerySelector("main .lead").ShouldBeNull();
        page.QuerySelectorAll("main .article-list a").Select(a => a.GetAttribute("href")).ShouldBe(["/articles/fat/", "/articles/safety/"]);
    }

    [Fact]
    public void Topics_page_lists_every_topic_listed_ones_first()
    {
        var page = site.Page("/topics/");

        page.QuerySelectorAll("main .article-list li > a").Select(a => (a.TextContent, a.GetAttribute("href")))
            .ShouldBe([("Fat and body shape", "/topics/fat/"), ("Cost", "/topics/cost/"), ("Hair", "/topics/hair/"), ("Safety", "/topics/safety/")]);
    }

    [Fact]
    public void Topic_breadcrumbs_lead_from_home_through_the_topics_page()
    {
        site.Page("/topics/hair/").QuerySelectorAll("nav.breadcrumbs a").Select(a => a.GetAttribute("href")).ShouldBe(["/", "/topics/"]);
    }

    [Fact]
    public void Topic_pages_and_the_glossary_are_in_the_sitemap()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));

        foreach (var path in new[] { "topics/", "topics/fat/", "topics/hair/", "glossary/" })
        {
            sitemap.ShouldContain($"<loc>https://test.example/{path}</loc>");
        }
    }
}

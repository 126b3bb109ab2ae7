using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

public sealed class SearchPageTests
{
    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Every_page_has_a_header_search_form_that_opens_the_search_page_without_javascript()
    {
        using var site = new TestSite();
        site.Build(new Uri("https://example.org/project/")).Succeeded.ShouldBeTrue();

        foreach (var path in new[] { "index.html", "articles/sample/index.html", "search/index.html" })
        {
            var form = Parse(site.ReadOutput(path)).QuerySelector("header form[role=search]").ShouldNotBeNull(path);
            form.GetAttribute("action").ShouldBe("/project/search/");
            form.GetAttribute("method").ShouldBe("get");
            form.QuerySelector("input[name=q]").ShouldNotBeNull();
            form.GetAttribute("data-pagefind").ShouldBe("/project/pagefind/pagefind.js");
            form.GetAttribute("data-base-url").ShouldBe("/project/");
        }
    }

    [Fact]
    public void Search_page_lists_every_published_article_for_readers_without_javascript()
    {
        using var site = new TestSite();
        site.Write("content/articles/second.md", TestSite.SampleArticle.Replace("What is a sample?", "A second article"));
        site.Write("content/articles/draft.md", TestSite.SampleArticle.Replace("What is a sample?", "Not yet").Replace("tags:", "draft: true\ntags:"));
        site.Build().Succeeded.ShouldBeTrue();

        var page = Parse(site.ReadOutput("search/index.html"));

        page.QuerySelectorAll("[data-search-listings] a").Select(a => (a.TextContent, a.GetAttribute("href")))
            .ShouldBe([("A second article", "/articles/second/"), ("What is a sample?", "/articles/sample/")]);
        page.QuerySelector("noscript")!.TextContent.ShouldContain("Searching needs JavaScript");
    }

    [Fact]
    public void Article_pages_give_pagefind_only_the_article_with_title_and_summary_weighted_above_body_text()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        var page = Parse(site.ReadOutput("articles/sample/index.html"));

        var body = page.QuerySelectorAll("[data-pagefind-body]").ShouldHaveSingleItem();
        body.LocalName.ShouldBe("article");
        body.Closest("main").ShouldNotBeNull();
        var title = int.Parse(page.QuerySelector("h1")!.GetAttribute("data-pagefind-weight")!);
        var summary = int.Parse(page.QuerySelector(".summary")!.GetAttribute("data-pagefind-weight")!);
        title.ShouldBeGreaterThan(summary);
        summary.ShouldBeGreaterThan(1);
        page.QuerySelector(".review-info")!.HasAttribute("data-pagefind-ignore").ShouldBeTrue();
    }

    [Fact]
    public void Article_pages_carry_the_result_type_the_search_page_filters_on()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        var filter = Parse(site.ReadOutput("articles/sample/index.html")).QuerySelector("[data-pagefind-body]")!.GetAttribute("data-pagefind-filter");
        var choices = Parse(site.ReadOutput("search/index.html")).QuerySelectorAll("[data-search-filter] input").Select(input => input.GetAttribute("value"));

        choices.ShouldContain(filter!["type:".Length..]);
    }

    [Fact]
    public void Pages_in_Spanish_have_a_header_search_form_that_opens_the_Spanish_search_page_and_gives_the_script_Spanish_words()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Build(new Uri("https://example.org/project/")).Succeeded.ShouldBeTrue();

        foreach (var path in new[] { "es/articles/que-es-una-muestra/index.html", "es/search/index.html" })
        {
            var page = Parse(site.ReadOutput(path));
            page.QuerySelector("header form[role=search]").ShouldNotBeNull(path).GetAttribute("action").ShouldBe("/project/es/search/");
            page.QuerySelector("script#search-words").ShouldNotBeNull(path).TextContent.ShouldContain("\"results\":\"{count} resultados para \\u00AB{query}\\u00BB.\"");
        }

        Parse(site.ReadOutput("articles/sample/index.html")).QuerySelector("script#search-words").ShouldBeNull("English pages keep the script's own words");
    }

    [Fact]
    public void The_Spanish_search_page_is_in_Spanish_lists_the_Spanish_articles_marks_the_English_source_titles_as_English_and_is_named_by_the_English_one_and_the_sitemap()
    {
        using var site = new TestSite();
        site.AddRepositoryReferences("abdallah2009");
        site.AddSpanish();
        site.Build().Succeeded.ShouldBeTrue();

        var page = Parse(site.ReadOutput("es/search/index.html"));

        page.DocumentElement.GetAttribute("lang").ShouldBe("es");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Buscar");
        page.QuerySelector("label[for=search-page-input]")!.TextContent.ShouldBe("Busque en los artículos y las fuentes con sus propias palabras");
        page.QuerySelectorAll("[data-search-filter] input").Select(input => input.GetAttribute("value")).ShouldBe(["", "Articles", "Sources"], "Pagefind's filter values");
        page.QuerySelectorAll("[data-search-filter] label").Select(label => label.TextContent.Trim()).ShouldBe(["Todo", "Artículos", "Fuentes"]);
        page.QuerySelector("#all-articles + ul a")!.GetAttribute("href").ShouldBe("/es/articles/que-es-una-muestra/");
        var source = page.QuerySelector("#all-sources + ul a").ShouldNotBeNull();
        (source.GetAttribute("href"), source.GetAttribute("hreflang"), source.GetAttribute("lang")).ShouldBe(("/references/abdallah2009/", "en", "en"));
        page.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href").ShouldBe("https://test.example/search/");
        Parse(site.ReadOutput("search/index.html")).QuerySelector(".language-switcher a[hreflang=es]")!.GetAttribute("href").ShouldBe("/es/search/");
        site.ReadOutput("sitemap.xml").ShouldContain(
            "<loc>https://test.example/es/search/</loc>\n    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://test.example/search/\" />");
    }
}

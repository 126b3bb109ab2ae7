using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

public sealed class LinkPreviewTests
{
    private static readonly Uri Subpath = new("https://example.github.io/meso/");

    private static IHtmlDocument Parse(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    private static string SocialImagePath(IHtmlDocument page, Uri baseUrl) =>
        page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")![baseUrl.AbsoluteUri.Length..];

    [Fact]
    public void Every_page_has_open_graph_and_twitter_card_meta_with_an_absolute_image()
    {
        using var site = new TestSite();
        site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nText.\n");
        site.Build(Subpath).Succeeded.ShouldBeTrue();

        foreach (var path in new[] { "index.html", "articles/sample/index.html", "about/index.html", "404.html" })
        {
            var page = Parse(site, path);
            string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
            Meta("meta[property='og:title']").ShouldNotBeNullOrEmpty(path);
            Meta("meta[property='og:description']").ShouldNotBeNullOrEmpty(path);
            Meta("meta[property='og:image']")!.ShouldStartWith("https://example.github.io/meso/assets/social/", customMessage: path);
            Meta("meta[property='og:image:alt']").ShouldNotBeNullOrEmpty(path);
            Meta("meta[name='twitter:card']").ShouldBe("summary_large_image", path);
            Meta("meta[name='twitter:image']").ShouldBe(Meta("meta[property='og:image']"), path);
        }

        Parse(site, "articles/sample/index.html").QuerySelector("meta[property='og:url']")!.GetAttribute("content")
            .ShouldBe("https://example.github.io/meso/articles/sample/");
    }

    [Fact]
    public void Article_json_ld_parses_as_a_medical_web_page_with_the_required_properties()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        var script = Parse(site, "articles/sample/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);

        var page = json.RootElement;
        page.GetProperty("@context").GetString().ShouldBe("https://schema.org");
        page.GetProperty("@type").GetString().ShouldBe("MedicalWebPage");
        page.GetProperty("about").GetProperty("name").GetString().ShouldBe("Test Evidence");
        page.GetProperty("datePublished").GetString().ShouldBe("2026-10-01");
        page.GetProperty("dateModified").GetString().ShouldBe("2026-11-01");
        page.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ShouldBe(["Editorial team"]);
        page.GetProperty("audience").GetProperty("audienceType").GetString().ShouldBe("Patient");
        page.GetProperty("url").GetString().ShouldBe("https://test.example/articles/sample/");
    }

    [Fact]
    public void Subject_in_site_yml_names_what_articles_are_about()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.SiteYml + "\nsubject: Mesotherapy\n");
        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("articles/sample/index.html").ShouldContain("\"about\":{\"@type\":\"MedicalTherapy\",\"name\":\"Mesotherapy\"}");
    }

    [Fact]
    public void Article_social_image_is_a_1200_by_630_png()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        var bytes = File.ReadAllBytes(Path.Combine(site.Output, SocialImagePath(Parse(site, "articles/sample/index.html"), new Uri("https://test.example/"))));

        bytes[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        (ReadBigEndian(bytes, 16), ReadBigEndian(bytes, 20)).ShouldBe((1200, 630));
    }

    [Fact]
    public void Article_social_image_is_byte_identical_across_two_builds_of_two_checkouts()
    {
        using var first = new TestSite();
        using var second = new TestSite();
        first.Build().Succeeded.ShouldBeTrue();
        second.Build().Succeeded.ShouldBeTrue();
        var baseUrl = new Uri("https://test.example/");

        var path = SocialImagePath(Parse(first, "articles/sample/index.html"), baseUrl);

        SocialImagePath(Parse(second, "articles/sample/index.html"), baseUrl).ShouldBe(path);
        File.ReadAllBytes(Path.Combine(second.Output, path)).ShouldBe(File.ReadAllBytes(Path.Combine(first.Output, path)));
    }

    [Fact]
    public void A_new_title_gives_a_new_social_image()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var baseUrl = new Uri("https://test.example/");
        var before = SocialImagePath(Parse(site, "articles/sample/index.html"), baseUrl);
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("title: What is a sample?", "title: What is a specimen?"));

        site.Build().Succeeded.ShouldBeTrue();

        SocialImagePath(Parse(site, "articles/sample/index.html"), baseUrl).ShouldNotBe(before);
    }

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}

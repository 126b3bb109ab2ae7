using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>
/// What an article says about who wrote and reviewed it and what changed, on the page, in its structured data and
/// in the feed; and its links for reporting a mistake and editing it.
/// </summary>
public sealed class AuthorshipAndDatesPageTests
{
    private const string NotReviewed = "Checked against its sources by the editorial team; not yet reviewed by a clinician.";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static IHtmlDocument Page(TestSite site, string path = "articles/sample/index.html") => new HtmlParser().ParseDocument(site.ReadOutput(path));

    private static TestSite Built(string article)
    {
        var site = new TestSite(withSampleArticle: false);
        site.Write("content/articles/sample.md", article);
        site.Build().Succeeded.ShouldBeTrue();
        return site;
    }

    private static JsonElement JsonLd(IHtmlDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Fact]
    public void Without_a_clinician_the_page_says_plainly_that_no_clinician_has_reviewed_it()
    {
        using var site = Built(TestSite.SampleArticle);
        var page = Page(site);

        page.QuerySelector("header .review-status")!.TextContent.ShouldBe(NotReviewed);
        page.QuerySelectorAll(".review-info dt").Select(dt => dt.TextContent).ShouldNotContain("Reviewed by");
    }

    [Fact]
    public void Without_a_clinician_the_structured_data_claims_no_review()
    {
        using var site = Built(TestSite.SampleArticle);

        var data = JsonLd(Page(site));

        data.TryGetProperty("reviewedBy", out _).ShouldBeFalse();
        data.TryGetProperty("lastReviewed", out _).ShouldBeFalse();
        data.GetProperty("author").EnumerateArray().ShouldHaveSingleItem().GetProperty("@type").GetString().ShouldBe("Organization");
    }

    [Fact]
    public void A_clinicians_review_names_them_with_credentials_and_the_date_and_links_to_their_entry()
    {
        using var site = Built(TestSite.SampleArticle.Replace("reviewed_by: []", "reviewed_by: [test-clinician]"));

        var status = Page(site).QuerySelector("header .review-status")!;

        status.TextContent.ShouldBe(
            "Checked against its sources by the editorial team, and reviewed by a clinician on 1 November 2026: Dr Test Clinician (MD, test dermatologist).");
        status.QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2026-11-01");
        status.QuerySelector("a")!.GetAttribute("href").ShouldBe("/people/#test-clinician");
    }

    [Fact]
    public void A_clinicians_review_is_in_the_structured_data_as_reviewed_by_that_person_on_last_reviewed()
    {
        using var site = Built(TestSite.SampleArticle.Replace("reviewed_by: []", "reviewed_by: [test-clinician]"));

        var data = JsonLd(Page(site));

        data.GetProperty("lastReviewed").GetString().ShouldBe("2026-11-01");
        var reviewer = data.GetProperty("reviewedBy").EnumerateArray().ShouldHaveSingleItem();
        reviewer.GetProperty("@type").GetString().ShouldBe("Person");
        reviewer.GetProperty("name").GetString().ShouldBe("Dr Test Clinician");
        reviewer.GetProperty("url").GetString().ShouldBe("https://test.example/people/#test-clinician");
    }

    [Fact]
    public void The_authors_name_links_to_their_entry_with_credentials_role_and_declared_interests()
    {
        using var site = Built(TestSite.SampleArticle);

        var author = Page(site).QuerySelector("header .review-info a")!;
        author.TextContent.ShouldBe("Editorial team");
        author.GetAttribute("href").ShouldBe("/people/#editorial-team");

        var people = Page(site, "people/index.html");
        var entry = people.GetElementById("editorial-team")!.ParentElement!;
        entry.QuerySelectorAll("dt").Select(dt => dt.TextContent).ShouldBe(["Credentials", "Role", "Declared interests"]);
        entry.QuerySelectorAll("dd").Select(dd => dd.TextContent).ShouldBe(["None stated", "Writes the articles and checks them against their sources.", "Team policy, for the tests."]);
        people.GetElementById("test-clinician")!.ParentElement!.TextContent.ShouldContain("MD, test dermatologist");
    }

    [Fact]
    public void What_changed_is_listed_newest_first_with_dates_near_the_end()
    {
        using var site = Built(TestSite.SampleArticle);
        var page = Page(site);

        var items = page.QuerySelectorAll("section.changes li").ToList();
        items.Select(item => item.TextContent).ShouldBe(["1 November 2026: Added how deep the injections go.", "1 October 2026: First published."]);
        items.Select(item => item.QuerySelector("time")!.GetAttribute("datetime")).ShouldBe(["2026-11-01", "2026-10-01"]);
        page.QuerySelectorAll(".contents a").Select(a => a.GetAttribute("href")).ShouldContain("#what-changed");
    }

    [Fact]
    public void The_feed_entry_shows_the_summary_and_what_changed_newest_first()
    {
        using var site = Built(TestSite.SampleArticle.Replace("change: Added how deep the injections go.", "change: Said <how> deep & why."));

        var entry = XDocument.Parse(site.ReadOutput("feed.xml")).Root!.Element(Atom + "entry")!;

        entry.Element(Atom + "published")!.Value.ShouldBe("2026-10-01T00:00:00Z");
        entry.Element(Atom + "updated")!.Value.ShouldBe("2026-11-01T00:00:00Z");
        entry.Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldBe("Editorial team");
        var content = entry.Element(Atom + "content")!;
        content.Attribute("type")!.Value.ShouldBe("html");
        content.Value.ShouldBe(
            "<p>A short article used by the tests.</p><p>What changed:</p><ul><li>1 November 2026: Said &lt;how&gt; deep &amp; why.</li><li>1 October 2026: First published.</li></ul>");
    }

    [Fact]
    public void Report_a_mistake_opens_a_new_issue_prefilled_with_the_pages_address_and_edit_opens_the_source_file()
    {
        using var site = Built(TestSite.SampleArticle);

        var links = Page(site).QuerySelectorAll(".article-feedback a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));

        links["Report a mistake on this page"].ShouldBe(
            "https://github.com/example/test-evidence/issues/new?title=Mistake%20on%20%22What%20is%20a%20sample%3F%22" +
            "&body=Page%3A%20https%3A%2F%2Ftest.example%2Farticles%2Fsample%2F%0A%0AWhat%20is%20wrong%3A%0A%0AWhat%20it%20should%20say%2C%20and%20a%20source%20if%20you%20have%20one%3A%0A");
        links["Edit this page"].ShouldBe("https://github.com/example/test-evidence/edit/main/content/articles/sample.md");
    }

    [Fact]
    public void Report_a_mistake_carries_the_address_the_site_is_built_for()
    {
        using var site = new TestSite();
        site.Build(new Uri("https://example.github.io/meso/")).Succeeded.ShouldBeTrue();

        var report = Page(site).QuerySelector(".article-feedback a")!.GetAttribute("href")!;
        var body = Uri.UnescapeDataString(report[(report.IndexOf("&body=", StringComparison.Ordinal) + "&body=".Length)..]);

        body.ShouldStartWith("Page: https://example.github.io/meso/articles/sample/\n");
    }

    [Fact]
    public void Without_a_repository_the_page_has_no_report_or_edit_links()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.SiteYml);
        site.Build().Succeeded.ShouldBeTrue();

        Page(site).QuerySelector(".article-feedback").ShouldBeNull();
    }

    [Fact]
    public void The_repository_option_of_build_replaces_the_one_in_site_yml()
    {
        using var site = new TestSite();

        var (exitCode, output) = site.Run("build", "--output", site.Output, "--repository", "https://github.com/acme/meso-site");

        exitCode.ShouldBe(ExitCodes.Ok, output);
        Page(site).QuerySelectorAll(".article-feedback a").Last().GetAttribute("href")
            .ShouldBe("https://github.com/acme/meso-site/edit/main/content/articles/sample.md");
    }

    [Fact]
    public void A_repository_option_that_is_not_an_address_is_a_usage_error()
    {
        using var site = new TestSite();

        var (exitCode, output) = site.Run("build", "--output", site.Output, "--repository", "acme/meso-site");

        exitCode.ShouldBe(ExitCodes.UsageError);
        output.ShouldContain("--repository is 'acme/meso-site'");
    }
}

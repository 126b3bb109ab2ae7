using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Pipelines;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>
/// Lists longer than a page holds are split into pages of <see cref="ListPages.PageSize"/>, as Hugo's paginator
/// splits them, and no page is ever cut short: on a site whose every list is one item too long for a page, each
/// list's pages, followed by rel="next", show every item once, and every page is whole, light and in the sitemap.
/// </summary>
public sealed class ListPageTests(LongListSite site) : IClassFixture<LongListSite>
{
    /// <summary>Each split list: its first page and how to find the items on a page of it (each item's link).</summary>
    public static TheoryData<string, string> Lists => new()
    {
        { "/", "main .article-list > li > a" },
        { "/topics/notes/", "main .article-list > li > a" },
        { "/references/", "#by-year ~ ul.bibliography a" },
        { "/evidence/", ".evidence-table tbody th a" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Following_rel_next_from_a_long_list_shows_every_item_exactly_once(string firstPage, string itemSelector)
    {
        var pages = Chain(firstPage);

        pages.Count.ShouldBe(2, $"{firstPage} is split in two");
        var items = pages.SelectMany(page => Parse(page).QuerySelectorAll(itemSelector).Select(link => link.GetAttribute("href"))).ToList();
        items.Count.ShouldBe(LongListSite.Count);
        items.ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Each_page_of_a_long_list_links_back_with_rel_prev_and_marks_itself_in_a_labelled_navigation(string firstPage, string itemSelector)
    {
        _ = itemSelector;
        var pages = Chain(firstPage);

        foreach (var (page, number) in pages.Select((page, index) => (page, index + 1)))
        {
            var document = Parse(page);
            document.Head!.QuerySelector("link[rel='prev']")?.GetAttribute("href").ShouldBe(number == 1 ? null : pages[number - 2]);
            var navigation = document.QuerySelector("nav.pagination").ShouldNotBeNull(page);
            navigation.GetAttribute("aria-label").ShouldNotBeNullOrWhiteSpace();
            navigation.QuerySelectorAll("a[aria-current='page']").Select(link => link.GetAttribute("href")).ShouldBe([page]);
            document.QuerySelector("link[rel='canonical']")!.GetAttribute("href").ShouldBe($"https://test.example{page}");
        }
    }

    [Fact]
    public void Every_page_ends_its_document()
    {
        foreach (var page in site.Pages())
        {
            File.ReadAllText(FileOf(page)).TrimEnd().ShouldEndWith("</html>", customMessage: page);
        }
    }

    [Fact]
    public void No_page_is_over_100_KB_compressed()
    {
        foreach (var page in site.Pages())
        {
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(File.ReadAllBytes(FileOf(page)));
            }

            compressed.Length.ShouldBeLessThanOrEqualTo(100 * 1024, page);
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_of_every_list()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Descendants(sitemap + "loc").Select(loc => new Uri(loc.Value).AbsolutePath).ToHashSet();

        var indexable = site.Pages().Where(page => !page.StartsWith("/embed/", StringComparison.Ordinal) && page is not ("/404.html" or "/search/")).ToList();
        indexable.ShouldContain("/references/page/2/");
        indexable.Where(page => !listed.Contains(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_page_of_every_split_list_passes_the_html_validator()
    {
        var pages = new[] { "/", "/topics/notes/", "/references/", "/evidence/" }.SelectMany(Chain).Select(FileOf).ToArray();

        var (_, output, errors) = await NodeProcess.RunAsync(
            ["node_modules/html-validate/bin/html-validate.mjs", "--config", ".htmlvalidate.mjs", "--formatter", "json", .. pages]);

        output.ShouldNotBeEmpty(errors);
        JsonDocument.Parse(output).RootElement.EnumerateArray()
            .SelectMany(file => file.GetProperty("messages").EnumerateArray().Select(message => $"{file.GetProperty("filePath")}: {message.GetProperty("message")}"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Every_link_on_every_page_leads_somewhere()
    {
        LinkChecker.BrokenLinks(site.Output, new Uri("https://test.example/")).ShouldBeEmpty();
    }

    [Fact]
    public void The_later_pages_of_a_list_are_not_recorded_as_published_so_a_shorter_list_still_builds()
    {
        var recorded = File.ReadAllLines(Path.Combine(site.Root, "published-urls.txt"));

        recorded.ShouldContain("/references/");
        recorded.ShouldNotContain(line => line.Contains("/page/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_home_page_shows_the_first_page_of_uses_and_links_to_the_evidence_page_for_the_rest()
    {
        var home = Parse("/");

        home.QuerySelectorAll(".evidence-list > li").Length.ShouldBe(ListPages.PageSize);
        home.QuerySelector(".evidence-all a")!.GetAttribute("href").ShouldBe("/evidence/");
        home.QuerySelector(".evidence-all a")!.TextContent.ShouldBe($"All {LongListSite.Count} uses, on the evidence page");
    }

    [Fact]
    public void A_glossary_term_used_by_more_articles_than_an_entry_lists_links_to_a_search_for_the_rest()
    {
        var entry = Parse("/glossary/").QuerySelector(".glossary-used-in")!;

        entry.QuerySelectorAll("a").Length.ShouldBe(GlossaryPipeline.UsedInListed + 1);
        var more = entry.QuerySelectorAll("a").Last();
        more.TextContent.ShouldBe($"{LongListSite.Count - GlossaryPipeline.UsedInListed} more articles");
        more.GetAttribute("href").ShouldBe("/search/?q=Trial");
    }

    /// <summary>The pages of a list, from its first page along rel="next" until a page has none.</summary>
    private List<string> Chain(string firstPage)
    {
        var pages = new List<string> { firstPage };
        while (Parse(pages[^1]).Head!.QuerySelector("link[rel='next']")?.GetAttribute("href") is { } next)
        {
            pages.ShouldNotContain(next, "the chain of rel=next never comes back to a page");
            pages.Add(next);
        }

        return pages;
    }

    private IDocument Parse(string page) => new HtmlParser().ParseDocument(File.ReadAllText(FileOf(page)));

    private string FileOf(string page) => Path.Combine(site.Output, page.EndsWith('/') ? page.TrimStart('/') + "index.html" : page.TrimStart('/'));
}

using Shouldly;

namespace KnowledgeBase.Tests.Citations;

public sealed class ArticleCitationTests(CitationSiteFixture fixture) : IClassFixture<CitationSiteFixture>
{
    [Fact]
    public void Sample_builds_without_errors_or_warnings()
    {
        fixture.Result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Citations_are_numbered_in_order_of_first_use_counting_key_points_and_blocks_before_the_body()
    {
        var body = fixture.Page("articles/sample/index.html").QuerySelector(".article-body")!;

        body.QuerySelectorAll("sup.citation").Select(sup => string.Join(",", sup.QuerySelectorAll("a").Select(a => a.TextContent)))
            .ShouldBe(["3", "3,4", "2", "5"]);
    }

    [Fact]
    public void Each_article_numbers_its_citations_from_one()
    {
        var body = fixture.Page("articles/second/index.html").QuerySelector(".article-body")!;

        body.QuerySelectorAll("a.citation-link").Select(a => a.TextContent).ShouldBe(["1", "2"]);
        body.QuerySelector("a.citation-link")!.GetAttribute("aria-label").ShouldBe("Reference 1: Devjani 2023");
    }

    [Fact]
    public void Citation_links_are_named_by_number_author_and_year_with_the_locator()
    {
        var links = fixture.Page("articles/sample/index.html").QuerySelectorAll(".article-body a.citation-link");

        links.Select(a => a.GetAttribute("aria-label")).ShouldBe(
        [
            "Reference 3: Park 2008",
            "Reference 3: Park 2008",
            "Reference 4: El-Domyati 2012, p. 181",
            "Reference 2: U.S. Food and Drug Administration 2010",
            "Reference 5: Topical minoxidil (Rogaine) FDA approval history",
        ]);
        links.ShouldAllBe(a => a.GetAttribute("href")!.StartsWith("#ref-"));
    }

    [Fact]
    public void A_citation_follows_the_word_it_supports_without_a_space()
    {
        var paragraph = fixture.Page("articles/sample/index.html").QuerySelector(".article-body p:has(sup.citation)")!;

        paragraph.InnerHtml.ShouldStartWith("Small injections into the skin<sup class=\"citation\">");
    }

    [Fact]
    public void Reference_list_shows_each_source_once_in_number_order()
    {
        var items = fixture.Page("articles/sample/index.html").QuerySelectorAll(".references li");

        items.Select(li => li.Id).ShouldBe(["ref-devjani2023", "ref-fda2010", "ref-park2008", "ref-eldomyati2012", "ref-minoxidil"]);
        items.Select(li => li.GetAttribute("value")).ShouldBe(["1", "2", "3", "4", "5"]);
        items[2].QuerySelector(".reference-citation")!.TextContent.ShouldBe(
            "Park SH, Kim DW, Lee MA, et al. Effectiveness of mesotherapy on body contouring. Plastic and Reconstructive Surgery. 2008;121(4):179e-185e. doi:10.1097/01.prs.0000304611.71480.0a. PMID: 18349597.");
    }

    [Fact]
    public void Every_citation_link_target_and_back_link_target_exists_on_the_page()
    {
        var page = fixture.Page("articles/sample/index.html");

        var targets = page.QuerySelectorAll("a.citation-link, .back-links a").Select(a => a.GetAttribute("href")![1..]).ToList();

        targets.ShouldNotBeEmpty();
        targets.ShouldAllBe(id => page.GetElementById(id) != null);
    }

    [Fact]
    public void Back_links_lead_to_each_place_the_source_is_cited_in_order()
    {
        var page = fixture.Page("articles/sample/index.html");

        var park = page.GetElementById("ref-park2008")!.QuerySelectorAll(".back-links a").ToList();

        park.Select(a => a.GetAttribute("href")).ShouldBe(["#cite-park2008-1", "#cite-park2008-2"]);
        park.Select(a => a.TextContent).ShouldBe(["a", "b"]);
        park.Select(a => page.GetElementById(a.GetAttribute("href")![1..])!.TextContent).ShouldAllBe(number => number == "3");
    }

    [Fact]
    public void Reference_list_entries_carry_the_preview_of_the_source()
    {
        var park = fixture.Page("articles/sample/index.html").GetElementById("ref-park2008")!;

        park.GetAttribute("data-preview-title").ShouldBe("Effectiveness of mesotherapy on body contouring");
        park.GetAttribute("data-preview-year").ShouldBe("2008");
        park.GetAttribute("data-preview-design").ShouldBe("Controlled split-body study");
        park.GetAttribute("data-preview-finding").ShouldBe("The treated thigh did not lose more fat than the untreated thigh.");
    }

    [Fact]
    public void Reference_list_is_left_out_of_the_search_index()
    {
        fixture.Page("articles/sample/index.html").QuerySelector("section.references")!.HasAttribute("data-pagefind-ignore").ShouldBeTrue();
    }

    [Fact]
    public void Blank_fields_are_left_out_without_inventing_anything()
    {
        var page = fixture.Page("articles/sample/index.html");

        page.GetElementById("ref-devjani2023")!.QuerySelector(".reference-citation")!.TextContent.ShouldBe(
            "Devjani S, Ezemma O, Kelley KJ, et al. Drugs. 2023;83(8):701-715. doi:10.1007/s40265-023-01880-x. PMCID: PMC10173235.");
        page.GetElementById("ref-minoxidil")!.QuerySelector(".reference-citation")!.TextContent.ShouldBe(
            "Topical minoxidil (Rogaine) FDA approval history.");
        page.GetElementById("ref-fda2010")!.QuerySelector(".reference-citation")!.TextContent.ShouldBe(
            "U.S. Food and Drug Administration. FDA Information on Lipodissolve. fda.gov; 2010. Available from: https://www.fda.gov/lipodissolve");
    }
}

using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Shouldly;

namespace KnowledgeBase.Tests.Citations;

public sealed class ReferencePageTests(CitationSiteFixture fixture) : IClassFixture<CitationSiteFixture>
{
    private IDocument Park => fixture.Page("references/park2008/index.html");

    private static Dictionary<string, string> Terms(IElement list) =>
        list.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);

    [Fact]
    public void Citation_page_has_the_title_as_its_one_heading_and_the_plain_summary()
    {
        Park.QuerySelectorAll("h1").ShouldHaveSingleItem().TextContent.ShouldBe("Effectiveness of mesotherapy on body contouring");
        Park.QuerySelector("#summary + p")!.TextContent.ShouldBe("Twenty women had injections into one thigh; it did not lose more fat than the other.");
    }

    [Fact]
    public void Page_title_names_author_and_year_first_and_cuts_a_long_title_at_a_word()
    {
        Park.Title.ShouldBe("Park 2008: Effectiveness of mesotherapy on body contouring | Test Evidence");
        KnowledgeBase.Render.Pipelines.ReferencePipeline.HeadTitle("Jones 2016", "REFINE-1, a multicenter, randomized, double-blind, placebo-controlled, phase 3 trial")
            .ShouldBe("Jones 2016: REFINE-1, a multicenter, randomized, double-blind…");
    }

    [Fact]
    public void Page_title_counts_an_accented_letter_as_the_page_writes_it()
    {
        var title = KnowledgeBase.Render.Pipelines.ReferencePipeline.HeadTitle(
            "Conseil d'État, juge des référés 2011", "Ordonnance du 17 juin 2011, n° 349435, SARL Cellusonic et autres");

        title.ShouldBe("Conseil d'État, juge des référés 2011…");
        System.Net.WebUtility.HtmlEncode(title[..^1]).Length.ShouldBeLessThanOrEqualTo(69);
    }

    [Fact]
    public void Study_design_participants_duration_intervention_outcome_and_finding_form_a_definition_list()
    {
        Terms(Park.QuerySelector("section[aria-labelledby=study] dl")!).ShouldBe(new Dictionary<string, string>
        {
            ["Study design"] = "Controlled split-body study",
            ["Participants"] = "20 women",
            ["Duration"] = "12 weeks",
            ["Intervention"] = "Injections into one thigh",
            ["What was measured"] = "Thigh girth and CT fat area",
            ["Key finding"] = "The treated thigh did not lose more fat than the untreated thigh.",
        });
    }

    [Fact]
    public void Full_record_lists_every_known_field_and_nothing_else()
    {
        var record = Terms(Park.QuerySelector("section[aria-labelledby=record] dl")!);

        record["Authors"].ShouldBe("Park SH, Kim DW, Lee MA, et al.");
        record["Published in"].ShouldBe("Plastic and Reconstructive Surgery");
        record["DOI"].ShouldBe("10.1097/01.prs.0000304611.71480.0a");
        record["PMID"].ShouldBe("18349597");
        record.Keys.ShouldNotContain("Organisation");
        record.Keys.ShouldNotContain("PMCID");
    }

    [Fact]
    public void A_source_without_a_title_is_named_by_author_and_year_and_gets_no_invented_title()
    {
        var devjani = fixture.Page("references/devjani2023/index.html");

        devjani.QuerySelector("h1")!.TextContent.ShouldBe("Devjani 2023");
        Terms(devjani.QuerySelector("section[aria-labelledby=record] dl")!).Keys.ShouldNotContain("Title");
    }

    [Fact]
    public void Doi_and_pubmed_links_lead_to_the_source()
    {
        Park.QuerySelectorAll("section[aria-labelledby=record] ul a").Select(a => a.GetAttribute("href")).ShouldBe(
        [
            "https://doi.org/10.1097/01.prs.0000304611.71480.0a",
            "https://pubmed.ncbi.nlm.nih.gov/18349597/",
        ]);
    }

    [Fact]
    public void A_fully_verified_source_has_no_verification_notice()
    {
        Park.QuerySelector(".verification-notice").ShouldBeNull();
    }

    [Fact]
    public void A_partly_verified_source_says_what_could_not_be_checked()
    {
        var notice = fixture.Page("references/devjani2023/index.html").QuerySelector(".verification-notice")!;

        notice.QuerySelector("h2")!.TextContent.ShouldBe("Partly verified: what we could not check");
        notice.TextContent.ShouldContain("The exact title of this review was not seen, so it is not shown.");
    }

    [Fact]
    public void A_cite_with_caution_source_says_why_articles_hedge_their_wording()
    {
        var notice = fixture.Page("references/minoxidil/index.html").QuerySelector(".verification-notice")!;

        notice.TextContent.ShouldContain("No FDA document was seen.");
        notice.TextContent.ShouldContain("\"reportedly\"");
    }

    [Fact]
    public void Cited_in_lists_each_article_and_the_sentences_that_cite_the_source()
    {
        var articles = Park.QuerySelectorAll(".cited-in > li").ToList();

        articles.Select(li => li.QuerySelector("a")!.TextContent).ShouldBe(["A second article", "What is a sample?"]);
        articles[1].QuerySelectorAll("li > ul a").Select(a => a.TextContent).ShouldBe(["Small injections into the skin.", "Two sources agree."]);
        articles[0].QuerySelectorAll("li > ul a").Select(a => a.TextContent).ShouldBe(["Fat study."]);
    }

    [Fact]
    public void Every_cited_in_link_leads_to_the_citation_itself_in_the_article()
    {
        foreach (var key in new[] { "park2008", "eldomyati2012", "devjani2023", "fda2010", "minoxidil" })
        {
            foreach (var link in fixture.Page($"references/{key}/index.html").QuerySelectorAll(".cited-in ul a"))
            {
                var (path, fragment) = (link.GetAttribute("href")!.Split('#')[0], link.GetAttribute("href")!.Split('#')[1]);
                var target = fixture.Page(path.TrimStart('/') + "index.html").GetElementById(fragment);
                target.ShouldNotBeNull($"{key}: {link.GetAttribute("href")}");
                target.ClassList.ShouldContain("citation-link");
                target.GetAttribute("href").ShouldBe($"#ref-{key}");
            }
        }
    }

    [Fact]
    public void Citation_can_be_copied_from_a_labelled_field_that_works_without_javascript()
    {
        var field = Park.QuerySelector("textarea#citation-text")!;

        field.HasAttribute("readonly").ShouldBeTrue();
        field.HasAttribute("data-copy").ShouldBeTrue();
        Park.QuerySelector("label[for=citation-text]")!.TextContent.ShouldBe("Citation (Vancouver style)");
        field.TextContent.ShouldStartWith("Park SH, Kim DW, Lee MA, et al. Effectiveness of mesotherapy on body contouring.");
    }

    [Fact]
    public void Downloads_link_to_the_bibtex_ris_and_csl_json_files_beside_the_page()
    {
        var downloads = Park.QuerySelectorAll(".cite-this a[download]").Select(a => a.GetAttribute("href")).ToList();

        downloads.ShouldBe(["/references/park2008.bib", "/references/park2008.ris", "/references/park2008.json"]);
        downloads.ShouldAllBe(href => File.Exists(Path.Combine(fixture.Site.Output, href!.TrimStart('/'))));
    }

    [Fact]
    public void Json_ld_describes_the_source_as_a_scholarly_article_with_its_identifiers()
    {
        var json = JsonNode.Parse(Park.QuerySelector("script[type='application/ld+json']")!.TextContent)!;

        json["@type"]!.GetValue<string>().ShouldBe("ScholarlyArticle");
        json["headline"]!.GetValue<string>().ShouldBe("Effectiveness of mesotherapy on body contouring");
        json["datePublished"]!.GetValue<string>().ShouldBe("2008");
        json["isPartOf"]!["name"]!.GetValue<string>().ShouldBe("Plastic and Reconstructive Surgery");
        json["author"]!.AsArray().Select(author => author!["familyName"]!.GetValue<string>()).ShouldBe(["Park", "Kim", "Lee"]);
        json["identifier"]!.AsArray().Select(id => $"{id!["propertyID"]}:{id["value"]}").ShouldBe(["DOI:10.1097/01.prs.0000304611.71480.0a", "PMID:18349597"]);
    }

    [Fact]
    public void Citation_pages_are_searchable_as_sources()
    {
        Park.QuerySelector("[data-pagefind-body]")!.GetAttribute("data-pagefind-filter").ShouldBe("type:Sources");
    }

    [Fact]
    public void Article_json_ld_lists_its_citations_in_number_order()
    {
        var json = JsonNode.Parse(fixture.Page("articles/sample/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent)!;

        json["citation"]!.AsArray().Select(work => work!["url"]!.GetValue<string>()).ShouldBe(
            new[] { "devjani2023", "fda2010", "park2008", "eldomyati2012", "minoxidil" }.Select(key => $"https://test.example/references/{key}/"));
    }

    [Fact]
    public void Article_json_ld_names_each_source_by_the_id_its_citation_page_describes_it_under()
    {
        var article = JsonNode.Parse(fixture.Page("articles/sample/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        var park = JsonNode.Parse(Park.QuerySelector("script[type='application/ld+json']")!.TextContent)!;

        var cited = article["citation"]!.AsArray().Single(work => work!["url"]!.GetValue<string>().EndsWith("/park2008/", StringComparison.Ordinal))!;

        cited["@id"]!.GetValue<string>().ShouldBe(park["@id"]!.GetValue<string>());
        cited["name"]!.GetValue<string>().ShouldBe("Effectiveness of mesotherapy on body contouring");
        cited.AsObject().Select(property => property.Key).ShouldBe(["@type", "@id", "url", "name"]);
    }

    [Fact]
    public void Reference_list_entries_link_to_their_citation_pages()
    {
        fixture.Page("articles/sample/index.html").QuerySelectorAll(".reference-links > a").Select(a => a.GetAttribute("href"))
            .ShouldBe(new[] { "devjani2023", "fda2010", "park2008", "eldomyati2012", "minoxidil" }.Select(key => $"/references/{key}/"));
    }

    [Fact]
    public void Sitemap_lists_the_bibliography_and_every_citation_page()
    {
        var sitemap = fixture.Site.ReadOutput("sitemap.xml");

        foreach (var path in new[] { "references/", "references/park2008/", "references/minoxidil/" })
        {
            sitemap.ShouldContain($"<loc>https://test.example/{path}</loc>");
        }
    }

    [Fact]
    public void Search_page_lists_every_source_for_readers_without_javascript()
    {
        var sources = fixture.Page("search/index.html").QuerySelector("section[aria-labelledby=all-sources]")!;

        sources.QuerySelector("h2")!.TextContent.ShouldBe("All sources");
        sources.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")).ShouldBe(
            new[] { "devjani2023", "eldomyati2012", "fda2010", "minoxidil", "park2008" }.Select(key => $"/references/{key}/"));
    }
}

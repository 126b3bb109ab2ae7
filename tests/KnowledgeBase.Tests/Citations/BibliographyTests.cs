using AngleSharp.Dom;
using Shouldly;

namespace KnowledgeBase.Tests.Citations;

public sealed class BibliographyTests(CitationSiteFixture fixture) : IClassFixture<CitationSiteFixture>
{
    private IDocument Bibliography => fixture.Page("references/index.html");

    /// <summary>Each group of a grouping as "heading: link link ...".</summary>
    private List<string> Groups(string groupingId) =>
        Bibliography.QuerySelectorAll($"section[aria-labelledby={groupingId}] h3")
            .Select(h3 => h3.TextContent + ": " + string.Join(" ", h3.NextElementSibling!.QuerySelectorAll("a").Select(a => a.GetAttribute("href"))))
            .ToList();

    [Fact]
    public void Bibliography_groups_sources_by_year_newest_first_with_unknown_years_last()
    {
        Groups("by-year").ShouldBe(
        [
            "2023 (1): /references/devjani2023/",
            "2012 (1): /references/eldomyati2012/",
            "2010 (1): /references/fda2010/",
            "2008 (1): /references/park2008/",
            "Year not known (1): /references/minoxidil/",
        ]);
    }

    [Fact]
    public void Bibliography_groups_sources_by_kind_of_study_strongest_designs_first()
    {
        Groups("by-study-design").ShouldBe(
        [
            "Controlled studies, not randomised (1): /references/park2008/",
            "Studies without a comparison group (1): /references/eldomyati2012/",
            "Reviews (1): /references/devjani2023/",
            "Regulators' and societies' documents (2): /references/minoxidil/ /references/fda2010/",
        ]);
    }

    [Fact]
    public void Bibliography_groups_sources_by_the_topics_of_the_articles_that_cite_them()
    {
        Groups("by-topic").ShouldBe(
        [
            "Basics (5): /references/devjani2023/ /references/eldomyati2012/ /references/park2008/ /references/minoxidil/ /references/fda2010/",
        ]);
    }

    [Fact]
    public void Bibliography_offers_its_groupings_as_links_within_the_page()
    {
        Bibliography.QuerySelectorAll("nav.bibliography-nav a").Select(a => a.GetAttribute("href")).ShouldBe(["#by-year", "#by-study-design", "#by-topic"]);
        Bibliography.QuerySelectorAll("h1").ShouldHaveSingleItem().TextContent.ShouldBe("Sources");
    }
}

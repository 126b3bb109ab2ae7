using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Glossary;

/// <summary>The first use of each glossary term in an article links to its definition, with the definition as a tooltip.</summary>
[Collection(ReadingSiteCollection.Name)]
public sealed class GlossaryLinkTests(ReadingSite site)
{
    [Fact]
    public void Only_the_first_use_of_each_term_on_the_page_is_linked_key_points_first()
    {
        var links = site.Page("/articles/fat/").QuerySelectorAll("a.glossary-term").ToList();

        links.Select(a => (a.TextContent, a.GetAttribute("href"))).ShouldBe(
        [
            ("dermis", "/glossary/#dermis"),
            ("dummy treatment", "/glossary/#placebo"),
            ("FDA", "/glossary/#fda"),
            ("Lipodissolve", "/glossary/#lipodissolve"),
        ]);
        links[0].Closest(".key-points").ShouldNotBeNull();
        links[3].Closest(".article-body").ShouldNotBeNull();
    }

    [Fact]
    public void Headings_links_and_citation_keys_are_not_treated_as_uses()
    {
        var page = site.Page("/articles/fat/");

        page.QuerySelectorAll("h2 .glossary, h3 .glossary").ShouldBeEmpty();
        page.QuerySelectorAll("a a").ShouldBeEmpty();
        page.QuerySelector(".article-body a.citation-link[href='#ref-fda2010_lipodissolve']").ShouldNotBeNull();
        page.QuerySelectorAll("sup .glossary").ShouldBeEmpty();
    }

    [Fact]
    public void The_longest_term_wins_and_a_term_in_capitals_matches_only_in_capitals()
    {
        var links = site.Page("/articles/hair/").QuerySelectorAll("a.glossary-term").Select(a => (a.TextContent, a.GetAttribute("href")));

        links.ShouldBe([("Androgenetic alopecia", "/glossary/#androgenetic-alopecia"), ("Alopecia", "/glossary/#alopecia")]);
    }

    [Fact]
    public void Each_term_link_is_described_by_a_tooltip_holding_the_definition_that_search_ignores()
    {
        var link = site.Page("/articles/fat/").QuerySelector("a.glossary-term[href='/glossary/#placebo']")!;

        var tooltip = link.Owner!.GetElementById(link.GetAttribute("aria-describedby")!)!;
        tooltip.GetAttribute("role").ShouldBe("tooltip");
        tooltip.TextContent.ShouldBe("Placebo: A dummy treatment with no active drug.");
        tooltip.HasAttribute("data-pagefind-ignore").ShouldBeTrue();
        tooltip.ParentElement.ShouldBe(link.ParentElement);
    }

    [Fact]
    public void A_tooltip_names_the_term_only_when_the_article_used_other_words_for_it()
    {
        var page = site.Page("/articles/fat/");

        page.GetElementById("glossary-tip-placebo")!.TextContent.ShouldStartWith("Placebo: ", Case.Sensitive, "the article wrote 'dummy treatment'");
        page.GetElementById("glossary-tip-dermis")!.QuerySelector("strong").ShouldBeNull("the article wrote 'dermis' itself");
    }

    [Fact]
    public void Glossary_page_defines_every_term_alphabetically_under_its_letter()
    {
        var page = site.Page("/glossary/");

        page.QuerySelector("main h1")!.TextContent.ShouldBe("Glossary");
        page.QuerySelectorAll("dl.glossary-list dt").Select(dt => (dt.Id, dt.TextContent))
            .ShouldBe([("alopecia", "Alopecia"), ("androgenetic-alopecia", "Androgenetic alopecia"), ("dermis", "Dermis"), ("fda", "FDA"), ("lipodissolve", "Lipodissolve"), ("placebo", "Placebo")]);
        page.QuerySelectorAll(".letter-index a").Select(a => a.TextContent).ShouldBe(["A", "D", "F", "L", "P"]);
        page.QuerySelectorAll(".letter-index a").ShouldAllBe(a => page.GetElementById(a.GetAttribute("href")!.Substring(1)) != null);
    }

    [Fact]
    public void Glossary_entry_shows_its_synonyms_its_sources_and_the_articles_that_use_it()
    {
        var entry = site.Page("/glossary/").GetElementById("placebo")!.ParentElement!;

        entry.QuerySelector(".glossary-synonyms")!.TextContent.ShouldBe("Also called: dummy treatment");
        entry.QuerySelector(".glossary-source")!.TextContent.ShouldBe("Sources: Park 2008; Amin 2006");
        entry.QuerySelectorAll(".glossary-source a").Select(a => a.GetAttribute("href")).ShouldBe(["/references/park2008/", "/references/amin2006/"]);
        entry.QuerySelectorAll(".glossary-used-in a").Select(a => a.GetAttribute("href")).ShouldBe(["/articles/fat/"]);
    }
}

using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Render;
using KnowledgeBase.Render.EvidenceBlocks;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>The structured evidence blocks on an article page and the site-wide evidence page, as a reader gets them.</summary>
public sealed class EvidenceBlockTests(EvidenceBlockSite site) : IClassFixture<EvidenceBlockSite>
{
    private IDocument ArticlePage => site.Parse(site.ArticlePath);

    private IDocument EvidencePage => site.Parse("evidence/index.html");

    [Theory]
    [InlineData("section.regulatory", "regulatory-table.html")]
    [InlineData("section.evidence-matrix", "evidence-matrix.html")]
    [InlineData("section.price-list", "price-list.html")]
    [InlineData("section.comparison", "comparison-table.html")]
    [InlineData("section.studies", "study-cards.html")]
    [InlineData("section.session", "session-parts.html")]
    public void Block_matches_its_golden_snapshot(string selector, string golden)
    {
        var block = ArticlePage.QuerySelector(selector).ShouldNotBeNull();

        Golden.ShouldMatch(block.OuterHtml + "\n", "EvidenceBlocks/" + golden);
    }

    [Fact]
    public void Evidence_page_matches_its_golden_snapshot() =>
        Golden.ShouldMatch(EvidencePage.QuerySelector("main")!.InnerHtml.Trim() + "\n", "EvidenceBlocks/evidence-page.html");

    [Fact]
    public void Blocks_come_after_the_header_key_points_and_contents_and_before_the_body_in_display_order()
    {
        var article = ArticlePage.QuerySelector("article")!;
        var children = article.Children.Select(child => child.ClassList.Contains("article-body") ? "body" : child.GetAttribute("aria-labelledby") ?? child.LocalName).ToList();

        children.ShouldBe(
            ["header", "key-points", "on-this-page", "approval-status", "evidence-by-use", "prices", "side-by-side", "key-studies", "what-a-session-is-like", "body", "references", "footer", "link-to-this-page"]);
    }

    [Fact]
    public void Block_sources_are_numbered_after_the_key_points_and_before_the_body_in_the_order_the_blocks_appear()
    {
        var page = ArticlePage;

        page.QuerySelectorAll(".reference-list li").Select(item => (item.Id, item.GetAttribute("value"))).ShouldBe(
        [
            ("ref-park2008", "1"), ("ref-fda2010_lipodissolve", "2"), ("ref-kybella_label", "3"), ("ref-jones2016_refine1", "4"),
            ("ref-jayasinghe2013", "5"), ("ref-salti2008", "6"), ("ref-gupta2023", "7"), ("ref-faetani2021", "8"), ("ref-costantino2011", "9"),
            ("ref-sivagnanam2010", "10"), ("ref-asps2016_stats", "11"), ("ref-tabbal2013", "12"),
        ]);
        page.QuerySelectorAll(".evidence-block sup.citation a").Select(link => int.Parse(link.TextContent)).Distinct().ShouldBe([2, 3, 4, 1, 5, 6, 7, 8, 9, 10, 11, 12]);
    }

    [Fact]
    public void Reference_list_links_back_to_the_citations_in_the_blocks()
    {
        var page = ArticlePage;
        var backLinks = page.GetElementById("ref-sivagnanam2010")!.QuerySelectorAll(".back-links a").Select(a => a.GetAttribute("href")).ToList();

        backLinks.ShouldBe(["#cite-sivagnanam2010-1", "#cite-sivagnanam2010-2"]);
        page.GetElementById("cite-sivagnanam2010-1")!.Closest("section.price-list").ShouldNotBeNull();
        page.GetElementById("cite-sivagnanam2010-2")!.Closest("section.comparison").ShouldNotBeNull();
    }

    [Fact]
    public void Citation_page_lists_the_block_that_cites_the_source_under_cited_in()
    {
        var citationPage = site.Parse("references/sivagnanam2010/index.html");
        var places = citationPage.QuerySelectorAll("ul.cited-in ul a").ToList();

        places.Select(a => a.GetAttribute("href")).ShouldBe(
            [$"/articles/{EvidenceBlockSite.Slug}/#cite-sivagnanam2010-1", $"/articles/{EvidenceBlockSite.Slug}/#cite-sivagnanam2010-2"]);
        places[0].TextContent.ShouldContain("Mesotherapy session");
    }

    [Fact]
    public void Approval_status_is_a_table_with_a_caption_and_a_row_header_for_each_regulators_decision()
    {
        var section = ArticlePage.QuerySelector("section.regulatory")!;
        var table = section.QuerySelector("table")!;

        section.QuerySelector("h2")!.TextContent.ShouldBe("Approval status: FDA (United States)");
        table.QuerySelector("caption").ShouldNotBeNull().TextContent.ShouldNotBeEmpty();
        table.QuerySelectorAll("thead th").Select(th => (th.GetAttribute("scope"), th.TextContent))
            .ShouldBe([("col", "Regulator"), ("col", "Treatment"), ("col", "Status"), ("col", "Date"), ("col", "What it decided")]);
        table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent).ShouldBe(["FDAUnited States", "FDAUnited States"]);
        table.QuerySelectorAll("tbody tr").Select(row => row.QuerySelector("td:last-child sup.citation")).ShouldAllBe(citation => citation != null);
    }

    [Fact]
    public void Each_status_is_said_in_words_beside_an_icon_of_its_own_shape_that_screen_readers_skip()
    {
        string[] statuses = ["approved", "not-approved", "off-label", "mixed", "banned", "warned"];
        using var statusSite = new TestSite(withSampleArticle: false);
        statusSite.AddRepositoryReferences("kybella_label");
        var rows = statuses.Select((status, index) =>
            $"  - region: Country {index}\n    regulator: Regulator {index}\n    treatment: A drug\n    status: {status}\n    summary: What the regulator said.\n    refs: [kybella_label]\n");
        statusSite.Write("content/articles/statuses.md",
            $"---\ntitle: Statuses\nsummary: A summary.\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\nregulatory:\n{string.Concat(rows)}---\nBody.\n");

        statusSite.Build().ShouldHaveBuilt("The site with every status");

        var cells = new HtmlParser().ParseDocument(statusSite.ReadOutput("articles/statuses/index.html")).QuerySelectorAll("section.regulatory .regulatory-status").ToList();
        cells.Select(cell => cell.QuerySelector("strong")!.TextContent).ShouldBe(
            ["Approved", "Not approved", "Off-label use only", "Approved for some uses only", "Banned", "Warned against"]);
        cells.Select(cell => cell.ClassList.Single(name => name != "regulatory-status")).ShouldBe(statuses.Select(status => "regulatory-" + status));
        cells.ShouldAllBe(cell => cell.QuerySelector("svg")!.GetAttribute("aria-hidden") == "true");
        cells.Select(cell => cell.QuerySelector("svg")!.InnerHtml).Distinct().Count().ShouldBe(statuses.Length);
    }

    [Fact]
    public void Heading_names_each_regulator_once_with_its_country_unless_its_name_says_it()
    {
        using var regulatorSite = new TestSite(withSampleArticle: false);
        regulatorSite.AddRepositoryReferences("kybella_label");
        var rows = new[] { ("United States", "FDA"), ("Canada", "Health Canada"), ("United States", "FDA"), ("Australia", "TGA") }.Select(entry =>
            $"  - region: {entry.Item1}\n    regulator: {entry.Item2}\n    treatment: A drug\n    status: approved\n    summary: Approved.\n    refs: [kybella_label]\n");
        regulatorSite.Write("content/articles/regulators.md",
            $"---\ntitle: Regulators\nsummary: A summary.\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\nregulatory:\n{string.Concat(rows)}---\nBody.\n");

        regulatorSite.Build().ShouldHaveBuilt("The site with four decisions");

        new HtmlParser().ParseDocument(regulatorSite.ReadOutput("articles/regulators/index.html")).QuerySelector("#approval-status")!.TextContent
            .ShouldBe("Approval status: FDA (United States), Health Canada, TGA (Australia)");
    }

    [Fact]
    public void Decision_date_is_shown_as_precisely_as_it_is_written_and_a_missing_date_says_so()
    {
        using var dateSite = new TestSite(withSampleArticle: false);
        dateSite.AddRepositoryReferences("kybella_label");
        var rows = new[] { "\n    date: 2015-04-29", "\n    date: 2015-07", "\n    date: 2016", "" }.Select(date =>
            $"  - region: United States\n    regulator: FDA\n    treatment: A drug\n    status: approved{date}\n    summary: Approved.\n    refs: [kybella_label]\n");
        dateSite.Write("content/articles/dates.md",
            $"---\ntitle: Dates\nsummary: A summary.\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\nauthors: [editorial-team]\npublished: 2026-10-01\nupdated: 2026-11-01\nsources_searched: 2026-10-15\nregulatory:\n{string.Concat(rows)}---\nBody.\n");

        dateSite.Build().ShouldHaveBuilt("The site with four dates");

        var dateCells = new HtmlParser().ParseDocument(dateSite.ReadOutput("articles/dates/index.html")).QuerySelectorAll("section.regulatory tbody td:nth-of-type(3)").ToList();
        dateCells.Select(cell => cell.QuerySelector("time")?.GetAttribute("datetime")).ShouldBe(["2015-04-29", "2015-07", "2016", null]);
        dateCells.Select(cell => cell.TextContent).ShouldBe(["Date: 29 April 2015", "Date: July 2015", "Date: 2016", "Date: Not given in our sources"]);
    }

    [Fact]
    public void Article_structured_data_gives_each_treatments_decisions_as_legal_statuses_where_they_apply()
    {
        var json = JsonNode.Parse(ArticlePage.QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        var about = json["about"]!.AsArray();

        about.Select(item => (item!["@type"]!.GetValue<string>(), item["name"]!.GetValue<string>()))
            .ShouldBe([("MedicalTherapy", "Mesotherapy"), ("MedicalTherapy", "Lipodissolve shots"), ("MedicalTherapy", "Kybella (deoxycholic acid)")]);
        about[0]!["legalStatus"].ShouldBeNull("an approval of one product is not an approval of the article's subject");
        var statuses = about.Skip(1).Select(item => item!["legalStatus"]!.AsArray().ShouldHaveSingleItem()!).ToList();
        statuses.ShouldAllBe(status => status["@type"]!.GetValue<string>() == "DrugLegalStatus");
        statuses.Select(status => status["name"]!.GetValue<string>()).ShouldBe(["FDA (United States): warned, 2010-04-07", "FDA (United States): approved, 2015"]);
        statuses.Select(status => status["applicableLocation"]!["name"]!.GetValue<string>()).ShouldBe(["United States", "United States"]);
        statuses.Select(status => status["recognizingAuthority"]!["name"]!.GetValue<string>()).ShouldBe(["FDA", "FDA"]);
        statuses[1]["description"]!.GetValue<string>().ShouldStartWith("Kybella (deoxycholic acid) is approved");
    }

    [Fact]
    public void Evidence_table_has_a_caption_column_headers_and_a_row_header_for_each_use()
    {
        var table = ArticlePage.QuerySelector("section.evidence-matrix table")!;

        table.QuerySelector("caption").ShouldNotBeNull().TextContent.ShouldNotBeEmpty();
        table.QuerySelectorAll("thead th").Select(th => (th.GetAttribute("scope"), th.TextContent))
            .ShouldBe([("col", "Use"), ("col", "Strength of evidence"), ("col", "What the studies show")]);
        table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent).ShouldBe(
        [
            "Fat under the chin with deoxycholic acid (Kybella)", "Fat loss with classic mesotherapy",
            "Fat-dissolving shots (phosphatidylcholine and deoxycholate) outside the chin", "Pattern hair loss", "Muscle and joint pain",
        ]);
    }

    [Fact]
    public void Each_use_row_has_an_id_made_from_its_name()
    {
        ArticlePage.QuerySelectorAll("section.evidence-matrix tbody tr").Select(row => row.Id).ShouldBe(
        [
            "use-fat-under-the-chin-with-deoxycholic-acid-kybella", "use-fat-loss-with-classic-mesotherapy",
            "use-fat-dissolving-shots-phosphatidylcholine-and-deoxycholate-outside-the-chin", "use-pattern-hair-loss", "use-muscle-and-joint-pain",
        ]);
    }

    [Fact]
    public void Each_row_gives_its_one_line_verdict_and_cites_its_sources()
    {
        var row = ArticlePage.GetElementById("use-fat-loss-with-classic-mesotherapy")!;
        var verdict = row.QuerySelectorAll("td")[1];

        verdict.TextContent.ShouldContain("No more fat loss than the untreated thigh in a small controlled study.");
        verdict.QuerySelectorAll("sup.citation a").Select(a => (a.GetAttribute("href"), a.GetAttribute("aria-label")))
            .ShouldBe([("#ref-park2008", "Reference 1: Park 2008"), ("#ref-jayasinghe2013", "Reference 5: Jayasinghe 2013")]);
    }

    [Fact]
    public void Evidence_level_links_to_the_explanation_of_levels_and_is_described_in_plain_words()
    {
        var page = ArticlePage;
        var level = page.GetElementById("use-fat-loss-with-classic-mesotherapy")!.QuerySelector("a.evidence-level")!;

        level.TextContent.ShouldBe("Very low");
        level.GetAttribute("href").ShouldBe("/evidence/#evidence-levels");
        var note = page.GetElementById(level.GetAttribute("aria-describedby")!).ShouldNotBeNull();
        note.GetAttribute("role").ShouldBe("tooltip");
        note.TextContent.ShouldBe("Very low evidence: Very small studies, studies with no comparison group, or conflicting results. We say \u201cWe are very uncertain whether...\u201d");
    }

    [Fact]
    public void Note_ids_are_unique_on_the_page()
    {
        var ids = ArticlePage.QuerySelectorAll("[id]").Select(element => element.Id).ToList();

        ids.ShouldBeUnique();
    }

    [Fact]
    public void Chart_has_a_text_alternative_that_names_every_use_and_its_level()
    {
        var page = ArticlePage;
        var chart = page.QuerySelector("section.evidence-matrix figure svg")!;

        chart.GetAttribute("role").ShouldBe("img");
        var labels = chart.GetAttribute("aria-labelledby")!.Split(' ').Select(id => page.GetElementById(id)!.TextContent).ToList();
        labels[0].ShouldBe("Bar chart of the strength of evidence for each use");
        labels[1].ShouldBe("Fat under the chin with deoxycholic acid (Kybella): high. Fat loss with classic mesotherapy: very low. "
            + "Fat-dissolving shots (phosphatidylcholine and deoxycholate) outside the chin: very low. Pattern hair loss: low. Muscle and joint pain: low.");
    }

    [Fact]
    public void Chart_fills_a_quarter_of_a_bar_per_level_and_writes_the_level_beside_it()
    {
        var chart = ArticlePage.QuerySelector("section.evidence-matrix figure svg")!;

        chart.QuerySelectorAll("rect").Length.ShouldBe(5 * 4);
        chart.QuerySelectorAll("rect.chart-filled").Select(rect => rect.ClassList.Last()).GroupBy(name => name).Select(group => (group.Key, group.Count()))
            .ShouldBe([("evidence-level-high", 4), ("evidence-level-very-low", 2), ("evidence-level-low", 4)]);
        chart.QuerySelectorAll("text.chart-level").Select(text => text.TextContent).ShouldBe(["High", "Very low", "Very low", "Low", "Low"]);
    }

    [Fact]
    public void Chart_wraps_long_names_onto_lines_that_fit_its_width()
    {
        var lines = ArticlePage.QuerySelectorAll("section.evidence-matrix text.chart-label").Select(text => text.TextContent).ToList();

        lines.ShouldContain("Fat-dissolving shots");
        lines.ShouldAllBe(line => line.Length <= 34);
        string.Join(" ", lines).ShouldContain("Fat-dissolving shots (phosphatidylcholine and deoxycholate) outside the chin");
    }

    [Fact]
    public void Prices_show_the_range_currency_year_and_source_with_a_note_that_they_are_historical()
    {
        var block = ArticlePage.QuerySelector("section.price-list")!;
        var prices = block.QuerySelectorAll("li.price");

        block.QuerySelector(".price-note")!.TextContent.ShouldContain("These prices are historical.");
        prices.Select(price => price.QuerySelector(".price-amount")!.TextContent).ShouldBe(["USD 200 to 600 per session", "USD 3,200 per procedure"]);
        Facts(prices[0]).ShouldBe([("Currency", "US dollar (USD)"), ("Year of the figure", "2010"), ("Source", "Sivagnanam 2010" + CitationNumber("sivagnanam2010"))]);
        prices[0].QuerySelector("dd a")!.GetAttribute("href").ShouldBe("/references/sivagnanam2010/");
    }

    [Fact]
    public void Comparison_table_has_a_caption_scoped_headers_and_sources_for_each_cited_row()
    {
        var table = ArticlePage.QuerySelector("section.comparison table")!;

        table.QuerySelector("caption")!.TextContent.ShouldBe("Mesotherapy compared with Liposuction, aspect by aspect, with the sources for each row");
        table.QuerySelectorAll("thead th").Select(th => (th.GetAttribute("scope"), th.TextContent)).ShouldBe([("col", "Aspect"), ("col", "Mesotherapy"), ("col", "Liposuction")]);
        var rows = table.QuerySelectorAll("tbody tr");
        rows.Select(row => row.QuerySelector("th[scope=row]")!.QuerySelectorAll("a").Length).ShouldBe([2, 2, 0]);
        rows[1].QuerySelectorAll("td").Select(td => td.TextContent).ShouldBe(["Mesotherapy: Shots into the skin meant to help break down fat", "Liposuction: Surgery to remove fat"]);
        rows[1].QuerySelectorAll("td .cell-label").ShouldAllBe(label => label.GetAttribute("aria-hidden") == "true");
    }

    [Fact]
    public void Study_card_gives_question_design_participants_duration_finding_and_links_to_the_citation_page()
    {
        var card = ArticlePage.QuerySelector("section.studies li.study-card")!;

        card.QuerySelector("h3")!.TextContent.ShouldBe("Do mesotherapy shots reduce thigh fat?");
        Facts(card).ShouldBe(
        [
            ("Design", "Controlled split-body study (one thigh treated, the other left alone)"), ("Participants", "20 women"), ("Duration", "12 weeks"),
            ("Finding", "The treated thigh lost no more size or fat than the untreated thigh."),
        ]);
        var source = card.QuerySelector(".study-source a")!;
        source.GetAttribute("href").ShouldBe("/references/park2008/");
        source.TextContent.ShouldBe("Park 2008, the study's full reference and summary");
    }

    [Fact]
    public void Session_says_each_part_with_its_sources_or_plainly_that_it_is_not_known()
    {
        var session = ArticlePage.QuerySelector("section.session").ShouldNotBeNull();

        session.QuerySelectorAll("h3").Select(heading => heading.TextContent).ShouldBe(
            ["Before the shots", "The shots", "Numbing", "How long it takes", "How many sessions", "Afterwards", "How long results last"]);
        session.QuerySelectorAll("p:not(.not-known) sup.citation a").Select(link => link.GetAttribute("href")).ShouldBe(["#ref-jayasinghe2013", "#ref-park2008", "#ref-park2008"]);
        session.QuerySelectorAll("p.not-known").Select(note => note.TextContent).ShouldContain("Not known: How long one session lasts.");
        session.QuerySelectorAll("p.not-known sup").ShouldBeEmpty();
    }

    [Fact]
    public void Evidence_page_lists_every_use_strongest_first_each_linking_to_its_row_in_the_article()
    {
        var page = EvidencePage;
        var article = ArticlePage;
        var links = page.QuerySelectorAll("table tbody th[scope=row] a").ToList();

        links.Select(link => link.TextContent).ShouldBe(
        [
            "Fat under the chin with deoxycholic acid (Kybella)", "Muscle and joint pain", "Pattern hair loss",
            "Fat loss with classic mesotherapy", "Fat-dissolving shots (phosphatidylcholine and deoxycholate) outside the chin",
        ]);
        foreach (var href in links.Select(link => link.GetAttribute("href")!))
        {
            href.ShouldStartWith($"/articles/{EvidenceBlockSite.Slug}/#use-");
            article.GetElementById(href.Split('#')[1]).ShouldNotBeNull(href);
        }
    }

    [Fact]
    public void Evidence_page_explains_each_level_and_its_badges_point_to_that_explanation()
    {
        var page = EvidencePage;
        page.GetElementById("evidence-levels").ShouldNotBeNull().TextContent.ShouldBe("What the evidence levels mean");
        page.QuerySelectorAll(".evidence-level-list dt").Select(dt => dt.TextContent).ShouldBe(["High", "Moderate", "Low", "Very low", "None"]);
        page.QuerySelectorAll("a.evidence-level").ShouldAllBe(a => a.GetAttribute("href") == "#evidence-levels");
        page.QuerySelectorAll(".evidence-level-list dd")[3].TextContent
            .ShouldBe("Very small studies, studies with no comparison group, or conflicting results. We say “We are very uncertain whether...”");
    }

    [Fact]
    public void Sitemap_lists_the_evidence_page_dated_by_the_latest_review_of_an_article_that_grades_a_use()
    {
        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var entry = sitemap.Descendants(ns + "url").Single(url => url.Element(ns + "loc")!.Value == "https://test.example/evidence/");
        entry.Element(ns + "lastmod")!.Value.ShouldBe("2026-11-01");
    }

    [Fact]
    public void Editorial_policy_page_explains_the_levels_in_the_same_words_as_the_site_in_each_language()
    {
        var content = new SiteLoader(RepositoryPaths.Root).Load(new DiagnosticBag());
        foreach (var language in content.Settings.Languages)
        {
            var file = language.Code == content.Settings.Language ? "editorial-policy.md" : $"editorial-policy.{language.Code}.md";
            var policy = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", "pages", file));
            var rows = policy.Split('\n').Where(line => line.StartsWith('|')).ToList();
            var strings = new PageLanguage(language, null, content.Strings.For(language.Code, content.Settings.Language));

            foreach (var wording in EvidenceLevelWording.In(strings))
            {
                rows.ShouldContain($"| {wording.Label} | {wording.Meaning} | \"{wording.Phrase}\" |", file);
            }
        }
    }

    [Fact]
    public void Prices_are_written_the_way_the_site_language_writes_numbers()
    {
        using var german = EvidenceBlockSite.Create();
        german.Write("site.yml", TestSite.SiteYml.Replace("language: en", "language: de"));
        // A site in German writes its interface words in i18n/de.yml (without it the build stops, KB097): here the
        // English file with the words of a price range in German.
        german.Write("i18n/de.yml", german.ReadSource("i18n/en.yml")
            .Replace("price_range: \"{min} to {max}\"", "price_range: \"{min} bis {max}\"", StringComparison.Ordinal)
            .Replace("price_per: per\n", "price_per: pro\n", StringComparison.Ordinal)
            .Replace("number_group_separator: \",\"", "number_group_separator: \".\"", StringComparison.Ordinal)
            .Replace("number_decimal_separator: \".\"", "number_decimal_separator: \",\"", StringComparison.Ordinal));
        german.Build().Succeeded.ShouldBeTrue();

        var page = new HtmlParser().ParseDocument(german.ReadOutput(site.ArticlePath));

        page.QuerySelectorAll(".price-amount").Select(price => price.TextContent).ShouldBe(["USD 200 bis 600 pro session", "USD 3.200 pro procedure"]);
    }

    /// <summary>The number the article's reference list gives a source.</summary>
    private string CitationNumber(string key) => ArticlePage.GetElementById("ref-" + key)!.GetAttribute("value")!;

    private static List<(string, string)> Facts(IElement card) =>
        card.QuerySelectorAll("dl > div").Select(pair => (pair.QuerySelector("dt")!.TextContent, pair.QuerySelector("dd")!.TextContent)).ToList();
}

using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Citations;

/// <summary>
/// Reference files and articles that cite them, shaped like the real content: a complete journal record, one without
/// a title, a web source from an organisation, and one with neither year nor container.
/// </summary>
public static class CitationSample
{
    public const string Park = """
        ---
        type: journal-article
        authors: [Park SH, Kim DW, Lee MA]
        et_al: true
        title: Effectiveness of mesotherapy on body contouring
        container: Plastic and Reconstructive Surgery
        year: 2008
        volume: "121"
        issue: "4"
        pages: "179e-185e"
        doi: 10.1097/01.prs.0000304611.71480.0a
        pmid: "18349597"
        study_design: Controlled split-body study
        participants: 20 women
        duration: 12 weeks
        intervention: Injections into one thigh
        outcome: Thigh girth and CT fat area
        key_finding: The treated thigh did not lose more fat than the untreated thigh.
        verification: full
        citation_status: cite
        ---
        Twenty women had injections into one thigh; it did not lose more fat than the other.
        """;

    public const string ElDomyati = """
        ---
        type: journal-article
        authors: [El-Domyati M, El-Ammawi TS, Moawad O]
        et_al: true
        title: "Efficacy of mesotherapy in facial rejuvenation: a histological and immunohistochemical evaluation"
        container: International Journal of Dermatology
        year: 2012
        volume: "51"
        issue: "8"
        pages: "913-919"
        doi: 10.1111/j.1365-4632.2011.05184.x
        study_design: Uncontrolled before-and-after study
        key_finding: No significant change in wrinkles or skin structure.
        verification: partial
        unverified: No PMID was found.
        citation_status: cite
        ---
        Six volunteers had injections around the eyes; nothing changed significantly.
        """;

    public const string Devjani = """
        ---
        type: journal-article
        authors: [Devjani S, Ezemma O, Kelley KJ]
        et_al: true
        container: Drugs
        year: 2023
        volume: "83"
        issue: "8"
        pages: "701-715"
        doi: 10.1007/s40265-023-01880-x
        pmcid: PMC10173235
        study_design: Narrative review
        key_finding: Only two drugs are FDA-approved for pattern hair loss.
        verification: partial
        unverified: The exact title of this review was not seen, so it is not shown.
        citation_status: cite
        ---
        A review of treatments for pattern hair loss.
        """;

    public const string Fda = """
        ---
        type: web-page
        organization: U.S. Food and Drug Administration
        title: FDA Information on Lipodissolve
        container: fda.gov
        year: 2010
        url: "https://www.fda.gov/lipodissolve"
        key_finding: FDA knew of no credible evidence for lipodissolve.
        verification: full
        citation_status: cite
        ---
        The FDA warned six medical spas.
        """;

    public const string Minoxidil = """
        ---
        type: web-page
        title: Topical minoxidil (Rogaine) FDA approval history
        key_finding: Approved in 1988, over the counter in 1996.
        verification: partial
        unverified: No FDA document was seen.
        citation_status: cite-with-caution
        ---
        Minoxidil was reportedly approved in 1988.
        """;

    /// <summary>Key point cites devjani2023 (1), the uses block fda2010 (2), then the body park2008 (3) and el-domyati2012 (4).</summary>
    public static string Article => TestSite.WithFrontMatter(TestSite.SampleArticle, """
        key_points:
          - Only two drugs are approved for hair loss [@devjani2023].
          - One is a lotion put on the scalp [@devjani2023].
          - The other is a pill [@devjani2023].
        uses:
          - name: Fat loss
            evidence: very-low
            verdict: No good evidence.
            refs: [fda2010]
        """).Replace("Small injections into the skin.", """
        Small injections into the skin [@park2008]. Two sources agree [@park2008; @eldomyati2012, p. 181]. The U.S. agency warned spas [@fda2010].

        A second paragraph cites minoxidil [@minoxidil].
        """);

    /// <summary>A second article, whose numbering starts again at 1.</summary>
    public const string SecondArticle = """
        ---
        title: A second article
        summary: Cites the same sources in another order.
        last_reviewed: 2026-11-01
        next_review: 2027-11-01
        authors: [editorial-team]
        published: 2026-10-01
        updated: 2026-11-01
        sources_searched: 2026-10-15
        ---
        Hair loss drugs [@devjani2023]. Fat study [@park2008].
        """;

    public static void WriteTo(TestSite site)
    {
        site.Write("content/references/park2008.md", Park);
        site.Write("content/references/eldomyati2012.md", ElDomyati);
        site.Write("content/references/devjani2023.md", Devjani);
        site.Write("content/references/fda2010.md", Fda);
        site.Write("content/references/minoxidil.md", Minoxidil);
        site.Write("content/articles/sample.md", Article);
        site.Write("content/articles/second.md", SecondArticle);
    }
}

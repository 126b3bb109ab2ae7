using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A small site, built once per test class, whose one article uses every structured evidence block (approval
/// status, uses, costs, comparison, studies, session), with the real references it cites, in the words of the real articles.
/// </summary>
public sealed class EvidenceBlockSite : IDisposable
{
    public const string Slug = "every-block";

    public static readonly IReadOnlyList<string> ReferenceKeys =
    [
        "asps2016_stats", "costantino2011", "faetani2021", "fda2010_lipodissolve", "gupta2023", "jayasinghe2013", "jones2016_refine1",
        "kybella_label", "park2008", "salti2008", "sivagnanam2010", "tabbal2013",
    ];

    public const string Article = """
        ---
        title: Mesotherapy at a glance
        summary: What mesotherapy is used for, how strong the evidence is, what it costs and how it compares with liposuction.
        authors: [editorial-team]
        reviewed_by: []
        last_reviewed: 2026-11-01
        next_review: 2027-11-01
        published: 2026-10-01
        updated: 2026-11-01
        sources_searched: 2026-10-15
        key_points:
          - In a study of 20 women, the shots gave no more reduction than the untreated thigh [@park2008].
        regulatory:
          - region: United States
            regulator: FDA
            treatment: Lipodissolve shots
            status: warned
            date: 2010-04-07
            summary: The FDA warned six medical spas that their claims for lipodissolve shots were false or misleading.
            refs: [fda2010_lipodissolve]
          - region: United States
            regulator: FDA
            treatment: Kybella (deoxycholic acid)
            status: approved
            date: 2015
            summary: Kybella (deoxycholic acid) is approved for fat under the chin in adults, and for no other part of the body.
            refs: [kybella_label]
        uses:
          - name: Fat under the chin with deoxycholic acid (Kybella)
            evidence: high
            verdict: Large trials with dummy shots show most treated people improve by at least one grade.
            refs: [jones2016_refine1]
          - name: Fat loss with classic mesotherapy
            evidence: very-low
            verdict: No more fat loss than the untreated thigh in a small controlled study.
            refs: [park2008, jayasinghe2013]
          - name: Fat-dissolving shots (phosphatidylcholine and deoxycholate) outside the chin
            evidence: very-low
            verdict: One small trial saw some fat loss, but it had no dummy-treatment side to compare with.
            refs: [salti2008]
          - name: Pattern hair loss
            evidence: low
            verdict: Small, mostly single-centre trials report more hair than salt-water shots, but study quality is poor.
            refs: [gupta2023]
          - name: Muscle and joint pain
            evidence: low
            verdict: Small trials suggest it may ease pain; in one trial it was no better than the same kinds of drugs given the usual way.
            refs: [faetani2021, costantino2011]
        costs:
          - item: Mesotherapy session (average range)
            currency: USD
            min: 200
            max: 600
            per: session
            year: 2010
            ref: sivagnanam2010
          - item: Liposuction (reported average; may be the surgeon's fee only)
            currency: USD
            min: 3200
            max: 3200
            per: procedure
            year: 2016
            ref: asps2016_stats
        comparison:
          with: Liposuction
          rows:
            - aspect: Typical cost
              this: 200 to 600 U.S. dollars per session (2010 figure); several sessions
              other: 3,200 U.S. dollars on average in 2016, reportedly; may be the surgeon's fee only
              refs: [sivagnanam2010, asps2016_stats]
            - aspect: What it does
              this: Shots into the skin meant to help break down fat
              other: Surgery to remove fat
              refs: [jayasinghe2013, tabbal2013]
            - aspect: Recovery time
              this: Not described in the sources we checked
              other: No checked source found
              refs: []
        studies:
          - ref: park2008
            question: Do mesotherapy shots reduce thigh fat?
            design: Controlled split-body study (one thigh treated, the other left alone)
            participants: 20 women
            duration: 12 weeks
            finding: The treated thigh lost no more size or fat than the untreated thigh.
        session:
          before:
            - says: Infection from poor clean technique is a major worry.
              refs: [jayasinghe2013]
          shots:
            - says: Some are given with an injection gun.
              refs: [park2008]
          numbing:
            - not_known: Whether a numbing cream is used first, or how much the shots hurt.
          how_long:
            - not_known: How long one session lasts.
          how_many:
            - says: In one study, shots were given once a week for 12 weeks, on the thigh.
              refs: [park2008]
          aftercare:
            - not_known: Aftercare advice. Our sources give none.
          results_last:
            - not_known: How long results last. No study we use followed people for long enough to say.
        ---
        This page gathers the evidence from the other articles [@park2008].

        ## What the studies found

        Few studies, most of them small [@jayasinghe2013].
        """;

    private readonly TestSite _site = Create();

    public EvidenceBlockSite()
    {
        _site.Build().ShouldHaveBuilt("The evidence block site");
    }

    public string Output => _site.Output;

    public string ArticlePath => $"articles/{Slug}/index.html";

    /// <summary>The site as a test writes it, before building, for tests that change it first.</summary>
    public static TestSite Create()
    {
        var site = new TestSite();
        site.Write("site.yml", TestSite.SiteYml + "\nsubject: Mesotherapy\n");
        foreach (var key in ReferenceKeys)
        {
            site.Write($"content/references/{key}.md", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", "references", key + ".md")));
        }

        site.Write($"content/articles/{Slug}.md", Article);
        return site;
    }

    public IDocument Parse(string outputPath) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, outputPath)));

    public void Dispose() => _site.Dispose();
}

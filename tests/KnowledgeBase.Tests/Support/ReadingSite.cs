using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Building;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A small site built once for the reading-experience tests: five articles in three topics that
/// share tags and sources in known ways, a glossary, home-page questions and topic titles in site.yml.
/// </summary>
/// <remarks>
/// Publishing order is by title: Cost of treatment, Does it remove fat?, Fat under the chin, Hair loss, Safety.
/// The topic "fat" holds the first three. "Does it remove fat?" shares the tag fat and two sources with
/// "Cost of treatment", the tag fat and one source with "Fat under the chin", the tag safety and one source
/// with "Safety", and nothing with "Hair loss".
/// </remarks>
public sealed class ReadingSite : IDisposable
{
    public const string SiteYml = """
        title: Test Evidence
        description: A test site.
        introduction: This test site explains a treatment in plain words, is written by a test team, and sells nothing.
        base_url: https://test.example/
        language: en
        navigation:
          - title: Articles
            url: /
        questions:
          - question: Does it remove fat?
            answer: /articles/fat/#how-it-is-done
          - question: What does it cost?
            answer: /articles/cost/
        topics:
          - tag: fat
            title: Fat and body shape
            description: Shots for fat, and what the studies found.
        """;

    public const string Glossary = """
        - term: Placebo
          definition: A dummy treatment with no active drug.
          synonyms: [dummy treatment]
          refs: [park2008, amin2006]
        - term: Dermis
          definition: The middle layer of skin.
        - term: FDA
          definition: The U.S. Food and Drug Administration.
        - term: Alopecia
          definition: The medical word for hair loss.
        - term: Androgenetic alopecia
          definition: Hair loss that runs in families.
        - term: Lipodissolve
          definition: Shots meant to dissolve fat.
        """;

    public const string FatArticle = """
        ---
        title: Does it remove fat?
        summary: What the studies found about fat.
        tags: [fat, safety]
        authors: [editorial-team]
        reviewed_by: []
        last_reviewed: 2026-11-20
        next_review: 2027-11-20
        published: 2026-10-01
        updated: 2026-11-01
        sources_searched: 2026-10-15
        key_points:
          - Shots go into the *dermis*, the middle layer of skin [@park2008].
          - A dummy treatment was the comparison; see [the costs](/articles/cost/) [@amin2006].
          - The FDA has not approved it for fat [@salti2008].
        uses:
          - name: Fat loss
            evidence: very-low
            verdict: No clear effect in one small study.
            refs: [park2008]
        ---
        This page is about fat.

        ## How it is done

        The dermis is under the top layer. A placebo went into the other thigh [@park2008].

        ### Depth {#depth}

        Read about [Placebo](/articles/safety/) here. Sources such as [@fda2010_lipodissolve] are cited.

        ## Placebo in a heading

        Lipodissolve is sold by clinics [@salti2008].
        """;

    public static string CostArticle => Article("Cost of treatment", "What it costs.", "[fat, cost]", "2026-10-01", "Prices vary [@park2008; @amin2006].");

    /// <summary>401 words (4, then 99 sentences of 4, then 1), which take three minutes at 200 a minute.</summary>
    public static string ChinArticle => Article("Fat under the chin", "The approved chin treatment.", "[fat]", "2026-09-01",
        "One trial was large [@salti2008]. " + string.Join(' ', Enumerable.Repeat("The shots were small.", 99)) + " Done.",
        "uses:\n  - name: Chin fat\n    evidence: high\n    verdict: Works in large trials.\n    refs: [salti2008]\n");

    public static string HairArticle => Article("Hair loss", "Shots for hair loss.", "[hair]", "2026-08-01",
        "Androgenetic alopecia is common [@olsen2002]. Alopecia means hair loss. The fda letters here are lower case.");

    public static string SafetyArticle => Article("Safety", "The risks.", "[safety]", "2026-07-01", "Infections happen [@park2008].");

    private readonly TestSite _site = new(withSampleArticle: false);
    private readonly HtmlParser _parser = new();

    public ReadingSite()
    {
        _site.Write("site.yml", SiteYml);
        _site.AddRepositoryReferences("park2008", "amin2006", "salti2008", "olsen2002", "fda2010_lipodissolve");
        _site.Write("content/glossary.yml", Glossary);
        _site.Write("content/articles/fat.md", FatArticle);
        _site.Write("content/articles/cost.md", CostArticle);
        _site.Write("content/articles/chin.md", ChinArticle);
        _site.Write("content/articles/hair.md", HairArticle);
        _site.Write("content/articles/safety.md", SafetyArticle);
        Result = _site.Build();
    }

    public BuildResult Result { get; }

    public string Output => _site.Output;

    /// <summary>The built page at a site path such as "/articles/fat/", parsed.</summary>
    public IHtmlDocument Page(string sitePath) =>
        _parser.ParseDocument(_site.ReadOutput(sitePath.TrimStart('/') + (sitePath.EndsWith('/') ? "index.html" : "")));

    public static string Article(string title, string summary, string tags, string lastReviewed, string body, string extraFrontMatter = "") =>
        $"---\ntitle: {title}\nsummary: {summary}\ntags: {tags}\nauthors: [editorial-team]\nreviewed_by: []\n" +
        $"published: 2026-01-01\nupdated: {lastReviewed}\nlast_reviewed: {lastReviewed}\nnext_review: 2027-11-01\nsources_searched: {lastReviewed}\n{extraFrontMatter}---\n{body}\n";

    public void Dispose() => _site.Dispose();
}

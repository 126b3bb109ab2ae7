using System.Text.RegularExpressions;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Cli;

/// <summary>
/// Every diagnostic code as an editor meets it: one mistake, `check` on the command line, and the code printed
/// at the exact file, line and column of the mistake, with exit code 1 for an error and 0 for a warning.
/// </summary>
public sealed partial class DiagnosticCodeTests
{
    private const string Sample = "content/articles/sample.md";
    private const string Source = "content/references/trial2020.md";
    private const string SpanishSample = "content/articles/sample.es.md";

    /// <summary>The sample article's Spanish translation, citing the reference where the English does.</summary>
    private static readonly string Spanish = TestSite.SpanishSampleArticle.Replace("Unos milímetros.", "Unos milímetros [@trial2020].");

    /// <summary>A reference the sample article cites, so that one mistake in it is the only problem.</summary>
    private const string Reference = """
        ---
        type: journal-article
        authors: [Smith A]
        title: A trial
        container: A Journal
        year: 2020
        doi: 10.1000/trial.2020
        pmid: "12345678"
        verification: full
        citation_status: cite
        ---
        A small trial.
        """;

    /// <summary>The line of search_countries in the English strings, which a test site keeps where the repository has it.</summary>
    private static readonly int CountriesLine = Array.FindIndex(File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "i18n/en.yml")),
        line => line.StartsWith("search_countries:", StringComparison.Ordinal)) + 1;

    private static readonly Dictionary<string, (Action<TestSite> Mistake, string Expected)> Cases = new()
    {
        ["KB001"] = (site => Edit(site, Sample, "[@trial2020]", "[@trial2021]"), $"{Sample}:26:20: error KB001: "),
        ["KB002"] = (site => Edit(site, Sample, "summary: A short article used by the tests.", "summary: a: b"), $"{Sample}:3:11: error KB002: "),
        ["KB003"] = (site => Edit(site, Sample, "tags: [basics]", "tagz: [basics]"), $"{Sample}:4:1: error KB003: "),
        ["KB004"] = (site => Edit(site, Sample, "summary: A short article used by the tests.\n", ""), $"{Sample}:2:1: error KB004: "),
        ["KB005"] = (site => Edit(site, Sample, "last_reviewed: 2026-11-01", "last_reviewed: 2026-02-30"), $"{Sample}:7:16: error KB005: "),
        ["KB006"] = (site => Edit(site, Sample, "tags: [basics]", "draft: maybe"), $"{Sample}:4:8: error KB006: "),
        ["KB007"] = (site => site.Write("content/articles/second.md", TestSite.SampleArticle.Replace("tags: [basics]", "slug: sample")), "content/articles/second.md:4:7: error KB007: "),
        ["KB008"] = (site => site.Write("content/articles/unclosed.md", "---\ntitle: Unclosed\n"), "content/articles/unclosed.md:1:1: error KB008: "),
        ["KB009"] = (site => File.WriteAllBytes(Path.Combine(site.Root, "content/articles/photo.md"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]), "content/articles/photo.md:1:5: error KB009: "),
        ["KB010"] = (site =>
        {
            using var file = File.Create(Path.Combine(site.Root, "content/articles/huge.md"));
            file.SetLength(2L * 1024 * 1024);
        }, "content/articles/huge.md:1:1: error KB010: "),
        ["KB011"] = (site => Edit(site, Sample, "last_reviewed: 2026-11-01\nnext_review: 2027-11-01", "last_reviewed: 2024-11-01\nnext_review: 2025-11-01"), $"{Sample}:8:14: warning KB011: "),
        ["KB012"] = (site => Edit(site, Sample, "next_review: 2027-11-01", "next_review: 2026-10-01"), $"{Sample}:8:14: error KB012: "),
        ["KB013"] = (site => File.CreateSymbolicLink(Path.Combine(site.Root, "content/articles/linked.md"), site.Write("elsewhere/secret.md", TestSite.SampleArticle)),
            "content/articles/linked.md:1:1: error KB013: "),
        ["KB014"] = (site => Edit(site, Sample, "tags: [basics]", "tags: &t [basics]\nauthors: *t"), $"{Sample}:4:7: error KB014: "),
        ["KB015"] = (site => site.Write("templates/home.html", "<main>\n  {{ if }}\n</main>\n"), "templates/home.html:2:"),
        ["KB016"] = (site => Edit(site, Sample, "updated: 2026-11-01", "updated: 2026-09-01"), $"{Sample}:10:10: error KB016: "),
        ["KB017"] = (site => Edit(site, Sample, "Small injections into the skin.", "Small injections into the skin.\n\n" + new string('>', 100) + " Deep."), $"{Sample}:24:65: error KB017: "),
        ["KB018"] = (site => site.Write("templates/home.html", "<main>\n  {{ model.title }}\n</main>\n"), "templates/home.html:2:6: error KB018: "),
        ["KB019"] = (site => site.Write("templates/home.html", "<main>{{ for i in 1..400000 }}{{ model.site_title | html.escape }}{{ end }}</main>\n"),
            "templates/home.html:1:1: error KB019: "),
        ["KB020"] = (site => Edit(site, Source, "citation_status: cite", "citation_status: do-not-cite"), $"{Sample}:26:20: error KB020: "),
        ["KB021"] = (site => Edit(site, Sample, "A few millimetres [@trial2020].", "A few millimetres."), $"{Source}:1:1: warning KB021: "),
        ["KB022"] = (site => Edit(site, Source, "doi: 10.1000/trial.2020", "doi: https://doi.org/10.1000/trial.2020"), $"{Source}:7:6: error KB022: "),
        ["KB023"] = (site => Edit(site, Source, "pmid: \"12345678\"", "pmid: PMID12345678"), $"{Source}:8:7: error KB023: "),
        ["KB024"] = (site => Edit(site, Sample, "[@trial2020]", "[@trial2020 p. 4]"), $"{Sample}:26:19: error KB024: "),
        ["KB025"] = (site => site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nWe read [@trial2020].\n"), "content/pages/about.md:5:10: error KB025: "),
        ["KB026"] = (site => Edit(site, Source, "verification: full", "verification: partial"), $"{Source}:1:1: error KB026: "),
        ["KB027"] = (site => site.Write("content/references/trial 2021.md", Reference), "content/references/trial 2021.md:1:1: error KB027: "),
        ["KB030"] = (site => AddFrontMatter(site, "uses:\n  - name: Fat\n    evidence: low\n    verdict: Unclear.\n    refz: [trial2020]"), $"{Sample}:6:5: error KB030: "),
        ["KB031"] = (site => AddFrontMatter(site, "uses:\n  - name: Fat\n    evidence: verylow\n    verdict: Unclear.\n    refs: [trial2020]"), $"{Sample}:4:15: error KB031: "),
        ["KB032"] = (site => AddFrontMatter(site, Cost(min: 600, max: 200, year: 2010)), $"{Sample}:6:10: error KB032: "),
        ["KB033"] = (site => AddFrontMatter(site, Cost(min: 200, max: 600, year: 2010).Replace("currency: USD", "currency: DOLLARS")), $"{Sample}:4:15: error KB033: "),
        ["KB034"] = (site => AddFrontMatter(site, "uses:\n  - name: Fat\n    evidence: low\n    verdict: Unclear.\n    refs: [trial2021]"), $"{Sample}:6:12: error KB034: "),
        ["KB035"] = (site => AddFrontMatter(site, Decision("status: forbidden")), $"{Sample}:5:13: error KB035: "),
        ["KB036"] = (site => AddFrontMatter(site,
            "uses:\n  - name: Fat\n    evidence: low\n    verdict: Unclear.\n    refs: [trial2020]\n  - name: Fat\n    evidence: low\n    verdict: Again.\n    refs: [trial2020]"),
            $"{Sample}:7:11: error KB036: "),
        ["KB037"] = (site => AddFrontMatter(site, Cost(min: 200, max: 600, year: 2030)), $"{Sample}:8:11: error KB037: "),
        ["KB038"] = (site => AddFrontMatter(site, Decision("status: approved\n    date: 2030-05")), $"{Sample}:6:11: error KB038: "),
        ["KB040"] = (site => RecordPublishedUrls(site, urls => [.. urls, "/articles/gone/"]), "published-urls.txt:1:1: error KB040: "),
        ["KB041"] = (site => Edit(site, Sample, "tags: [basics]", "aliases: [fat-dissolving/]"), $"{Sample}:4:11: error KB041: "),
        ["KB042"] = (site => Edit(site, Sample, "tags: [basics]", "aliases: [/search/]"), $"{Sample}:4:11: error KB042: "),
        ["KB043"] = (site => Edit(site, Sample, "### Depth", "## How it is done"), $"{Sample}:24:1: error KB043: "),
        ["KB044"] = (site => RecordPublishedUrls(site, urls => ["not a path", .. urls]), "published-urls.txt:1:1: error KB044: "),
        ["KB045"] = (site => RecordPublishedUrls(site, urls => [.. urls.Where(url => url != "/search/")]), "published-urls.txt:1:1: warning KB045: "),
        ["KB046"] = (site => Edit(site, Sample, "tags: [basics]", $"slug: {new string('a', 300)}"), $"{Sample}:4:7: error KB046: "),
        ["KB050"] = (site => Edit(site, Sample, "[itself](/articles/sample/)", "[itself](/articles/sampel/)"), $"{Sample}:18:42: error KB050: "),
        ["KB051"] = (site => Edit(site, Sample, "[itself](/articles/sample/)", "[itself](/articles/sample/#width)"), $"{Sample}:18:42: error KB051: "),
        ["KB052"] = (site => Edit(site, Sample, "Small injections into the skin.", "Small injections into the skin. ![](/assets/icon.svg)"), $"{Sample}:22:33: error KB052: "),
        ["KB053"] = (site => Edit(site, Sample, "Small injections into the skin.", string.Concat(Enumerable.Repeat(
            "Intradermal administration of pharmacologically heterogeneous formulations necessitates comprehensive consideration. ", 12))), $"{Sample}:22:1: warning KB053: "),
        ["KB060"] = (site => site.Write("content/synonyms.yml", "hair loss: alopecia\n"), "content/synonyms.yml:1:1: error KB060: "),
        ["KB061"] = (site => site.Write("content/synonyms.yml", "- [hair loss, alopecia]\n- [balding, alopecia]\n"), "content/synonyms.yml:2:13: error KB061: "),
        ["KB062"] = (site => site.Write("content/synonyms.yml", "- [hair loss, alopecia]\n- [cellulite]\n"), "content/synonyms.yml:2:3: warning KB062: "),
        ["KB063"] = (site => site.Write("content/search-intents.yml", "- questions: [is * safe]\n  sections: is-it-safe\n"), "content/search-intents.yml:1:3: error KB063: "),
        ["KB064"] = (site => Edit(site, "i18n/en.yml", "search_countries: \"\"", "search_countries: how-it-is-done united kingdom"),
            $"i18n/en.yml:{CountriesLine}:19: error KB064: "),
        ["KB065"] = (site => Edit(site, "i18n/en.yml", "search_countries: \"\"", "search_countries: \"depht: france\""), $"i18n/en.yml:{CountriesLine}:20: warning KB065: "),
        ["KB070"] = (site => site.Write("content/glossary.yml", "term: Placebo\ndefinition: A dummy treatment.\n"), "content/glossary.yml:1:1: error KB070: "),
        ["KB071"] = (site => site.Write("content/glossary.yml", "- term: Skin\n  definition: The body's cover.\n- term: Dermis\n  definition: A layer of skin.\n  synonyms: [skin]\n"),
            "content/glossary.yml:5:14: error KB071: "),
        ["KB072"] = (site => site.Write("content/glossary.yml", "- term: Placebo\n  definition: A dummy treatment.\n  refs: [trial2020]\n"), "content/glossary.yml:1:3: warning KB072: "),
        ["KB078"] = (site => site.Write("content/glossary.yml", "- term: Millimetre\n  definition: A thousandth of a metre.\n"), "content/glossary.yml:1:3: warning KB078: "),
        ["KB073"] = (site => site.Write("site.yml", TestSite.SiteYml + "\nquestions:\n  - question: Is it deep?\n    answer: /articles/sample/#dept\n"), "site.yml:10:13: error KB073: "),
        ["KB074"] = (site =>
        {
            site.Write("site.yml", TestSite.SiteYml + "\ntopics:\n  - tag: cellulite\n    title: Cellulite\n");
            Edit(site, Sample, "tags: [basics]", "tags: [basics, celulite]");
        }, $"{Sample}:4:16: warning KB074: "),
        ["KB075"] = (site => AddFrontMatter(site, "key_points:\n  - One [@trial2020].\n  - Two [@trial2020]."), $"{Sample}:3:5: warning KB075: "),
        ["KB076"] = (site => AddFrontMatter(site, "key_points:\n  - One [@trial2020].\n  - Two, with no source.\n  - Three [@trial2020]."), $"{Sample}:4:5: error KB076: "),
        ["KB077"] = (site => AddFrontMatter(site, $"key_points:\n  - One [@trial2020].\n  - {string.Join(' ', Enumerable.Repeat("word", 36))} [@trial2020].\n  - Three [@trial2020]."),
            $"{Sample}:4:5: warning KB077: "),
        ["KB080"] = (site => Edit(site, Sample, "authors: [editorial-team]", "authors: [editorial-teem]"), $"{Sample}:5:11: error KB080: "),
        ["KB081"] = (site => site.Write("content/people.yml", "id: editorial-team\nname: Editorial team\n"), "content/people.yml:1:1: error KB081: "),
        ["KB082"] = (site => site.Write("content/people.yml", TestSite.PeopleYml + "\n- id: editorial-team\n  name: Again\n  kind: person\n  role: Writes.\n  interests: None.\n"),
            "content/people.yml:20:7: error KB082: "),
        ["KB083"] = (site => Edit(site, Sample, "reviewed_by: []", "reviewed_by: [editorial-team]"), $"{Sample}:6:15: error KB083: "),
        ["KB090"] = (site =>
        {
            site.AddSpanish(Spanish);
            site.Write("content/articles/sample.fr.md", Spanish);
        }, "content/articles/sample.fr.md:1:1: error KB090: "),
        ["KB091"] = (site =>
        {
            site.AddSpanish(Spanish);
            site.Write("content/articles/sampel.es.md", site.ReadSource(SpanishSample));
        }, "content/articles/sampel.es.md:1:1: error KB091: "),
        ["KB092"] = (site => site.AddSpanish(Spanish.Replace("translated_by: [editorial-team]", "translated_by: [editorial-team]\ntags: [basics]")),
            $"{SpanishSample}:9:7: error KB092: "),
        ["KB093"] = (site => site.AddSpanish(Spanish.Replace("[@trial2020]", "")), $"{SpanishSample}:1:1: error KB093: "),
        ["KB094"] = (site => site.AddSpanish(Spanish.Replace("translated_by: [editorial-team]",
            "translated_by: [editorial-team]\nuses:\n  - name: Grasa\n    evidence: low\n    verdict: No está claro.\n    refs: [trial2020]")),
            $"{SpanishSample}:10:3: error KB094: "),
        ["KB095"] = (site => site.AddSpanish(Spanish.Replace("{#how-it-is-done}", "{#como-se-hace}")), $"{SpanishSample}:12:1: error KB095: "),
        ["KB096"] = (site =>
        {
            site.AddSpanish(Spanish);
            Edit(site, Sample, "Small injections into the skin.", "Small injections into the skin of the face.");
        }, $"{SpanishSample}:6:13: warning KB096: "),
        ["KB097"] = (site =>
        {
            site.AddSpanish(Spanish);
            Edit(site, "i18n/es.yml", "search_button: Buscar\n", "");
        }, "i18n/es.yml:2:1: error KB097: "),
        ["KB098"] = (site =>
        {
            site.AddSpanish(Spanish);
            Edit(site, "content/people.yml", "  roles: {es: Revisa artículos para las pruebas.}\n", "");
        }, "content/people.yml:10:7: warning KB098: "),
        ["KB099"] = (site =>
        {
            site.AddSpanish(Spanish);
            Edit(site, "content/people.yml", "  role: Reviews articles for the tests.", "  role: Reviews articles and their sources for the tests.");
        }, "content/people.yml:19:24: warning KB099: "),
        ["KB101"] = (site => site.Write(".cache", "a file where the cache folder goes"), ".cache:1:1: warning KB101: "),
    };

    /// <summary>
    /// The codes only `build` reports, about writing the site, which `check` never does: each with an output folder the
    /// disk refuses (a name longer than the 255 bytes a file system holds).
    /// </summary>
    private static readonly Dictionary<string, (string OutputFolder, string Expected)> BuildCases = new()
    {
        ["KB100"] = (new string('o', 300), $"{new string('o', 300)}:1:1: error KB100: "),
    };

    public static TheoryData<string> Codes => [.. Cases.Keys];

    public static TheoryData<string> BuildCodes => [.. BuildCases.Keys];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Check_reports_the_code_at_the_exact_place_of_the_mistake(string code)
    {
        using var site = new TestSite();
        site.Write(Source, Reference);
        Edit(site, Sample, "A few millimetres.", "A few millimetres [@trial2020].");
        var (mistake, expected) = Cases[code];
        mistake(site);

        var (exitCode, output) = site.Run("check");

        output.ShouldContain(expected);
        exitCode.ShouldBe(expected.Contains(": warning ", StringComparison.Ordinal) ? ExitCodes.Ok : ExitCodes.ContentErrors, output);
    }

    [Theory]
    [MemberData(nameof(BuildCodes))]
    public void Build_reports_a_site_it_could_not_write_at_the_output_folder_and_exits_3(string code)
    {
        using var site = new TestSite();
        var (outputFolder, expected) = BuildCases[code];

        var (exitCode, output) = site.Run("build", "--output", Path.Combine(site.Root, outputFolder));

        output.ShouldContain(expected);
        exitCode.ShouldBe(ExitCodes.InternalError, output);
    }

    /// <summary>The warning of a build that set aside a file no build wrote, which only the build after the file was added gives.</summary>
    private const string SetAsideCode = "KB102";

    [Fact]
    public void Build_warns_at_its_path_in_the_output_of_a_file_put_there_by_hand_and_set_aside_and_exits_0()
    {
        using var site = new TestSite();
        site.Run("build", "--output", site.Output).ExitCode.ShouldBe(ExitCodes.Ok);
        File.WriteAllText(Path.Combine(site.Output, "google1234.html"), "google-site-verification: google1234.html");

        var (exitCode, output) = site.Run("build", "--output", site.Output);

        output.ShouldContain($"_site/google1234.html:1:1: warning {SetAsideCode}: ");
        exitCode.ShouldBe(ExitCodes.Ok, output);
    }

    [Fact]
    public void Every_code_has_a_case_here_and_a_row_in_contributing()
    {
        var declared = typeof(DiagnosticCode).GetFields().Select(field => field.GetValue(null)).OfType<DiagnosticCode>().Select(code => code.Id).ToList();
        var documented = DocumentedCode().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CONTRIBUTING.md"))).Select(match => match.Groups[1].Value);

        declared.ShouldBeSubsetOf(Cases.Keys.Concat(BuildCases.Keys).Append(SetAsideCode));
        declared.ShouldBeSubsetOf(documented);
    }

    private static void Edit(TestSite site, string file, string from, string to)
    {
        var text = site.ReadSource(file);
        text.ShouldContain(from);
        site.Write(file, text.Replace(from, to));
    }

    /// <summary>Records the site's URLs as a build does, then changes the record (the changed lines come first).</summary>
    private static void RecordPublishedUrls(TestSite site, Func<string[], string[]> change)
    {
        site.Build().Succeeded.ShouldBeTrue();
        var manifest = Path.Combine(site.Root, "published-urls.txt");
        var urls = File.ReadAllLines(manifest).Where(line => line.StartsWith('/')).ToArray();
        var changed = change(urls);
        File.WriteAllLines(manifest, [.. changed.Except(urls), .. changed.Intersect(urls)]);
    }

    /// <summary>Adds fields after the opening '---' of the sample article, so the first added line is line 2.</summary>
    private static void AddFrontMatter(TestSite site, string fields) => site.Write(Sample, TestSite.WithFrontMatter(site.ReadSource(Sample), fields));

    private static string Cost(int min, int max, int year) =>
        $"costs:\n  - item: Session\n    currency: USD\n    min: {min}\n    max: {max}\n    per: session\n    year: {year}\n    ref: trial2020";

    /// <summary>One approval-status entry whose fourth line is <paramref name="status"/> (the status and any lines after it).</summary>
    private static string Decision(string status) =>
        $"regulatory:\n  - region: United States\n    regulator: FDA\n    {status}\n    summary: A decision.\n    refs: [trial2020]\n    treatment: A drug";

    [GeneratedRegex(@"^\| (KB\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}

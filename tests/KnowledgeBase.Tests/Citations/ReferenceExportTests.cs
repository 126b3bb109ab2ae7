using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shouldly;

namespace KnowledgeBase.Tests.Citations;

public sealed partial class ReferenceExportTests(CitationSiteFixture fixture) : IClassFixture<CitationSiteFixture>
{
    private static readonly string[] Keys = ["park2008", "eldomyati2012", "devjani2023", "fda2010", "minoxidil"];

    /// <summary>The item types of the CSL 1.0.2 data schema (csl-data.json).</summary>
    private static readonly HashSet<string> CslTypes =
    [
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter", "classic",
        "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic",
        "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
        "paper-conference", "patent", "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation",
        "report", "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
    ];

    /// <summary>The CSL 1.0.2 variables our exports may use, by the kind of JSON value the schema requires.</summary>
    private static readonly HashSet<string> CslStrings = ["id", "type", "title", "container-title", "volume", "issue", "page", "DOI", "PMID", "PMCID", "URL", "publisher"];

    private static readonly HashSet<string> CslNames = ["author"];

    private static readonly HashSet<string> CslDates = ["issued", "accessed"];

    private string Export(string key, string format) => fixture.Site.ReadOutput($"references/{key}.{format}");

    [Fact]
    public void Csl_json_is_one_item_using_only_schema_types_and_variables_with_the_right_kinds_of_value()
    {
        foreach (var key in Keys)
        {
            var items = JsonNode.Parse(Export(key, "json"))!.AsArray();
            var item = items.ShouldHaveSingleItem()!.AsObject();
            item["id"]!.GetValue<string>().ShouldBe(key);
            CslTypes.ShouldContain(item["type"]!.GetValue<string>());
            foreach (var (name, value) in item)
            {
                if (CslStrings.Contains(name))
                {
                    value!.GetValueKind().ShouldBe(System.Text.Json.JsonValueKind.String, $"{key}: {name}");
                }
                else if (CslNames.Contains(name))
                {
                    value!.AsArray().ShouldAllBe(person => person!.AsObject().All(part => part.Key == "family" || part.Key == "given" || part.Key == "literal"));
                }
                else if (CslDates.Contains(name))
                {
                    value!["date-parts"]!.AsArray().ShouldHaveSingleItem()!.AsArray().ShouldAllBe(part => part!.GetValueKind() == System.Text.Json.JsonValueKind.Number);
                }
                else
                {
                    throw new ShouldAssertException($"{key}: '{name}' is not a CSL variable these exports should use");
                }
            }
        }
    }

    [Fact]
    public void Csl_json_carries_the_record_without_inventing_blank_fields()
    {
        var devjani = JsonNode.Parse(Export("devjani2023", "json"))![0]!;
        var minoxidil = JsonNode.Parse(Export("minoxidil", "json"))![0]!.AsObject();

        devjani["type"]!.GetValue<string>().ShouldBe("article-journal");
        devjani["author"]![0]!["family"]!.GetValue<string>().ShouldBe("Devjani");
        devjani["author"]![0]!["given"]!.GetValue<string>().ShouldBe("S.");
        devjani["PMCID"]!.GetValue<string>().ShouldBe("PMC10173235");
        devjani.AsObject().ContainsKey("title").ShouldBeFalse();
        minoxidil.Select(pair => pair.Key).ShouldBe(["id", "type", "title"]);
    }

    [Fact]
    public void Ris_records_start_with_the_type_end_with_er_and_use_only_known_tags()
    {
        string[] knownTags = ["TY", "AU", "TI", "T2", "PB", "PY", "DA", "VL", "IS", "SP", "EP", "DO", "AN", "UR", "Y2", "ID", "ER"];
        foreach (var key in Keys)
        {
            var lines = Export(key, "ris").Split("\r\n")[..^1];
            lines.ShouldAllBe(line => RisLine().IsMatch(line), key);
            lines.Select(line => line[..2]).ShouldAllBe(tag => knownTags.Contains(tag), key);
            lines[0].ShouldBe(key is "fda2010" or "minoxidil" ? "TY  - ELEC" : "TY  - JOUR");
            lines[^1].ShouldBe("ER  - ");
        }
    }

    [Fact]
    public void Ris_splits_the_page_range_and_gives_each_author_a_line()
    {
        var park = Export("park2008", "ris");

        park.ShouldContain("AU  - Park, S. H.\r\nAU  - Kim, D. W.\r\nAU  - Lee, M. A.\r\n");
        park.ShouldContain("SP  - 179e\r\nEP  - 185e\r\n");
        park.ShouldContain("AN  - PMID: 18349597\r\n");
    }

    [Fact]
    public void Bibtex_entry_is_keyed_by_the_reference_with_balanced_braces_and_escaped_text()
    {
        foreach (var key in Keys)
        {
            var entry = Export(key, "bib");
            entry.ShouldStartWith(key is "fda2010" or "minoxidil" ? $"@misc{{{key}," : $"@article{{{key},");
            entry.Count(c => c == '{').ShouldBe(entry.Count(c => c == '}'), key);
        }

        var park = Export("park2008", "bib");
        park.ShouldContain("  author = {Park, S. H. and Kim, D. W. and Lee, M. A. and others},\n");
        park.ShouldContain("  pages = {179e--185e},\n");
        Export("fda2010", "bib").ShouldContain("  author = {{U.S. Food and Drug Administration}},\n");
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9]  - .*$")]
    private static partial Regex RisLine();
}

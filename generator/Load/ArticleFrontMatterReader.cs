using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Load;

/// <summary>Maps an article's YAML front matter onto <see cref="ArticleFrontMatter"/>, reporting every mistake.</summary>
public static class ArticleFrontMatterReader
{
    public static ArticleFrontMatter Read(YamlFields fields)
    {
        var tags = fields.StringList("tags");
        var block = DiagnosticCode.UnknownBlockField;
        var frontMatter = new ArticleFrontMatter(
            Title: fields.RequiredString("title") ?? "",
            Summary: fields.RequiredString("summary") ?? "",
            Slug: fields.OptionalString("slug") is { } slug ? new Located<string>(slug, fields.LocationOf("slug")) : null,
            Aliases: fields.StringList("aliases"),
            Tags: Values(tags),
            Authors: RequiredIds(fields, "authors", "list the ids from content/people.yml of who wrote it, such as [editorial-team]"),
            ReviewedBy: fields.StringList("reviewed_by"),
            Published: fields.RequiredDate("published") ?? DateOnly.MinValue,
            Updated: fields.RequiredDate("updated") ?? DateOnly.MinValue,
            LastReviewed: fields.RequiredDate("last_reviewed") ?? DateOnly.MinValue,
            NextReview: fields.RequiredDate("next_review") ?? DateOnly.MinValue,
            SourcesSearched: fields.RequiredDate("sources_searched") ?? DateOnly.MinValue,
            Draft: fields.OptionalBool("draft", defaultValue: false),
            Changes: fields.ObjectList("changes", ReadChange),
            KeyPoints: fields.StringList("key_points"),
            Uses: fields.ObjectList("uses", ReadUse, block),
            Costs: fields.ObjectList("costs", ReadCost, block),
            Comparison: fields.OptionalObject("comparison", block) is { } comparison ? ReadComparison(comparison) : null,
            Studies: fields.ObjectList("studies", ReadStudy, block),
            Regulatory: fields.ObjectList("regulatory", ReadDecision, block))
        {
            TagLocations = tags.Select(tag => tag.Location).ToList(),
            NextReviewLocation = fields.LocationOf("next_review"),
            UpdatedLocation = fields.LocationOf("updated"),
        };
        fields.ReportUnknownKeys();
        return frontMatter;
    }

    private static IReadOnlyList<string> Values(IReadOnlyList<Located<string>> items) => items.Select(item => item.Value).ToList();

    /// <summary>A list of people that must name at least one: every article says who wrote it.</summary>
    private static IReadOnlyList<Located<string>> RequiredIds(YamlFields fields, string key, string whenMissing)
    {
        var ids = fields.StringList(key);
        if (ids.Count == 0)
        {
            fields.Diagnostics.Error(DiagnosticCode.MissingField, fields.LocationOf(key), $"required field '{key}' is missing or empty; {whenMissing}");
        }

        return ids;
    }

    private static ArticleChange ReadChange(YamlFields fields) => new(
        fields.RequiredDate("date") ?? DateOnly.MinValue,
        fields.RequiredString("change") ?? "",
        fields.LocationOf("date"));

    private static EvidenceUse ReadUse(YamlFields fields) => new(
        fields.RequiredString("name") ?? "",
        fields.LocationOf("name"),
        fields.Choice("evidence", EvidenceLevelNames.ByName, DiagnosticCode.UnknownEvidenceLevel) ?? EvidenceLevel.None,
        fields.RequiredString("verdict") ?? "",
        fields.StringList("refs"));

    private static CostItem ReadCost(YamlFields fields)
    {
        var min = Required(fields, "min", fields.OptionalDecimal("min"));
        var max = Required(fields, "max", fields.OptionalDecimal("max"));
        if (min < 0)
        {
            fields.Diagnostics.Error(DiagnosticCode.PriceRangeReversed, fields.LocationOf("min"), $"'min' is {min}; a price cannot be below zero");
        }

        if (min > max)
        {
            fields.Diagnostics.Error(DiagnosticCode.PriceRangeReversed, fields.LocationOf("max"),
                $"'max' ({max}) is less than 'min' ({min}); swap them, or give the same number twice for a single price");
        }

        return new CostItem(
            fields.RequiredString("item") ?? "",
            ReadCurrency(fields),
            min ?? 0,
            max ?? 0,
            fields.RequiredString("per") ?? "",
            new Located<int>(Required(fields, "year", fields.OptionalInteger("year")) ?? 0, fields.LocationOf("year")),
            new Located<string>(fields.RequiredString("ref") ?? "", fields.LocationOf("ref")));
    }

    private static string ReadCurrency(YamlFields fields)
    {
        var code = fields.RequiredString("currency");
        if (code is null || CurrencyCodes.NameByCode.ContainsKey(code))
        {
            return code ?? "";
        }

        var hint = CurrencyCodes.NameByCode.ContainsKey(code.ToUpperInvariant())
            ? $" (did you mean {code.ToUpperInvariant()}?)"
            : Suggestions.DidYouMean(code, CurrencyCodes.NameByCode.Keys);
        fields.Diagnostics.Error(DiagnosticCode.UnknownCurrency, fields.LocationOf("currency"),
            $"'currency' is '{code}', which is not an ISO 4217 currency code such as USD, EUR or GBP{hint}");
        return "";
    }

    private static TreatmentComparison ReadComparison(YamlFields fields)
    {
        var rows = fields.ObjectList("rows", row => new ComparisonRow(
            row.RequiredString("aspect") ?? "",
            row.RequiredString("this") ?? "",
            row.RequiredString("other") ?? "",
            // The table promises the sources for each row, so a row without any has to say so.
            row.RequiredStringList("refs", "list the sources of this row, or write 'refs: []' if no checked source covers it and the row says so")));
        if (rows.Count == 0)
        {
            fields.ReportMissing("rows");
        }

        var comparison = new TreatmentComparison(fields.RequiredString("with") ?? "", rows);
        fields.ReportUnknownKeys();
        return comparison;
    }

    private static StudySummary ReadStudy(YamlFields fields) => new(
        new Located<string>(fields.RequiredString("ref") ?? "", fields.LocationOf("ref")),
        fields.RequiredString("question") ?? "",
        fields.RequiredString("design") ?? "",
        fields.RequiredString("participants") ?? "",
        fields.RequiredString("duration") ?? "",
        fields.RequiredString("finding") ?? "");

    private static RegulatoryDecision ReadDecision(YamlFields fields) => new(
        fields.RequiredString("region") ?? "",
        fields.RequiredString("regulator") ?? "",
        fields.RequiredString("treatment") ?? "",
        fields.Choice("status", RegulatoryStatusNames.ByName, DiagnosticCode.UnknownRegulatoryStatus) ?? RegulatoryStatusKind.NotApproved,
        ReadDecisionDate(fields),
        fields.RequiredString("summary") ?? "",
        ReadDecisionRefs(fields));

    /// <summary>Optional, and only as precise as the source: a month or a year is never padded into a day.</summary>
    private static Located<PartialDate>? ReadDecisionDate(YamlFields fields)
    {
        var text = fields.OptionalString("date");
        if (text is null)
        {
            return null;
        }

        if (PartialDate.Parse(text) is { } date)
        {
            return new Located<PartialDate>(date, fields.LocationOf("date"));
        }

        fields.Diagnostics.Error(DiagnosticCode.InvalidDate, fields.LocationOf("date"),
            $"'date' is '{text}', which is not a real date written as YYYY-MM-DD, YYYY-MM or YYYY (for example 2015-04-29, 2015-07 or 2016); give only as much as the source says, or leave the date out");
        return null;
    }

    /// <summary>A regulator's decision is a fact a reader may act on, so it always names the source that reports it.</summary>
    private static IReadOnlyList<Located<string>> ReadDecisionRefs(YamlFields fields)
    {
        const string whatToWrite = "list the regulator's decision or the report of it, such as 'refs: [fda2015_kybella_press]'";
        var refs = fields.RequiredStringList("refs", whatToWrite);
        if (refs.Count == 0 && fields.Contains("refs"))
        {
            fields.Diagnostics.Error(DiagnosticCode.MissingField, fields.LocationOf("refs"), $"required field 'refs' is empty; {whatToWrite}");
        }

        return refs;
    }

    private static T? Required<T>(YamlFields fields, string key, T? value)
        where T : struct
    {
        if (value is null && fields.OptionalString(key) is null)
        {
            fields.ReportMissing(key);
        }

        return value;
    }
}

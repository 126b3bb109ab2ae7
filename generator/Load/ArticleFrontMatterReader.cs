using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Load;

/// <summary>Maps an article's YAML front matter onto <see cref="ArticleFrontMatter"/>, reporting every mistake.</summary>
public static class ArticleFrontMatterReader
{
    private static readonly IReadOnlyDictionary<string, RegulatoryStatusKind> RegulatoryStatuses = new Dictionary<string, RegulatoryStatusKind>
    {
        ["approved"] = RegulatoryStatusKind.Approved,
        ["not-approved"] = RegulatoryStatusKind.NotApproved,
        ["off-label"] = RegulatoryStatusKind.OffLabel,
        ["mixed"] = RegulatoryStatusKind.Mixed,
    };

    public static ArticleFrontMatter Read(YamlFields fields)
    {
        var frontMatter = new ArticleFrontMatter(
            Title: fields.RequiredString("title") ?? "",
            Summary: fields.RequiredString("summary") ?? "",
            Slug: fields.OptionalString("slug") is { } slug ? new Located<string>(slug, fields.LocationOf("slug")) : null,
            Aliases: fields.StringList("aliases"),
            Tags: Values(fields.StringList("tags")),
            Authors: Values(fields.StringList("authors")),
            ReviewedBy: Values(fields.StringList("reviewed_by")),
            LastReviewed: fields.RequiredDate("last_reviewed") ?? DateOnly.MinValue,
            NextReview: fields.RequiredDate("next_review") ?? DateOnly.MinValue,
            Draft: fields.OptionalBool("draft", defaultValue: false),
            KeyPoints: fields.StringList("key_points"),
            Uses: fields.ObjectList("uses", ReadUse),
            Costs: fields.ObjectList("costs", ReadCost),
            Comparison: fields.OptionalObject("comparison") is { } comparison ? ReadComparison(comparison) : null,
            Studies: fields.ObjectList("studies", ReadStudy),
            Regulatory: fields.OptionalObject("regulatory") is { } regulatory ? ReadRegulatory(regulatory) : null)
        {
            NextReviewLocation = fields.LocationOf("next_review"),
        };
        fields.ReportUnknownKeys();
        return frontMatter;
    }

    private static IReadOnlyList<string> Values(IReadOnlyList<Located<string>> items) => items.Select(item => item.Value).ToList();

    private static EvidenceUse ReadUse(YamlFields fields) => new(
        fields.RequiredString("name") ?? "",
        Choice(fields, "evidence", EvidenceLevelNames.ByName) ?? EvidenceLevel.None,
        fields.RequiredString("verdict") ?? "",
        fields.StringList("refs"));

    private static CostItem ReadCost(YamlFields fields)
    {
        var cost = new CostItem(
            fields.RequiredString("item") ?? "",
            new Located<string>(fields.RequiredString("currency") ?? "", fields.LocationOf("currency")),
            Required(fields, "min", fields.OptionalDecimal("min")) ?? 0,
            Required(fields, "max", fields.OptionalDecimal("max")) ?? 0,
            fields.RequiredString("per") ?? "",
            Required(fields, "year", fields.OptionalInteger("year")) ?? 0,
            new Located<string>(fields.RequiredString("ref") ?? "", fields.LocationOf("ref")));
        return cost;
    }

    private static TreatmentComparison ReadComparison(YamlFields fields)
    {
        var comparison = new TreatmentComparison(
            fields.RequiredString("with") ?? "",
            fields.ObjectList("rows", row => new ComparisonRow(
                row.RequiredString("aspect") ?? "",
                row.RequiredString("this") ?? "",
                row.RequiredString("other") ?? "",
                row.StringList("refs"))));
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

    private static RegulatoryStatus ReadRegulatory(YamlFields fields)
    {
        var status = new RegulatoryStatus(
            Choice(fields, "status", RegulatoryStatuses) ?? RegulatoryStatusKind.NotApproved,
            fields.RequiredString("summary") ?? "",
            fields.StringList("refs"));
        fields.ReportUnknownKeys();
        return status;
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

    private static T? Choice<T>(YamlFields fields, string key, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var text = fields.RequiredString(key);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        fields.Diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf(key),
            $"'{key}' is '{text}'; use one of {string.Join(", ", choices.Keys)}{Suggestions.DidYouMean(text, choices.Keys)}");
        return null;
    }
}

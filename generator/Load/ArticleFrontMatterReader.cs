using KnowledgeBase.Blocks;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Load;

/// <summary>Maps an article's YAML front matter onto <see cref="ArticleFrontMatter"/>, reporting every mistake.</summary>
public static class ArticleFrontMatterReader
{
    public static ArticleFrontMatter Read(YamlFields fields)
    {
        var tags = fields.StringList("tags");
        var frontMatter = new ArticleFrontMatter(
            Title: fields.RequiredString("title") ?? "",
            Summary: fields.RequiredString("summary") ?? "",
            Slug: fields.OptionalLocatedString("slug"),
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
            Blocks: EvidenceBlockRegistry.All.Select(block => block.Read(fields)).OfType<ArticleBlock>().ToList())
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
}

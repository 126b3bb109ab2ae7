using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>
/// The schema.org MedicalWebPage that describes an article to search engines and to clinics' tools: what it
/// is about, who it is for, when and by whom it was last reviewed, and the sources it cites.
/// </summary>
public static class ArticleStructuredData
{
    /// <param name="citations">One schema.org CreativeWork per source the article cites, in citation order.</param>
    public static JsonObject MedicalWebPage(Article article, RenderContext context, IReadOnlyList<JsonObject> citations)
    {
        var meta = article.Meta;
        var url = context.Urls.Absolute(context.Urls.Article(article.Slug));
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = meta.Title,
            ["headline"] = meta.Title,
            ["description"] = meta.Summary,
            ["inLanguage"] = context.Settings.Language,
            ["about"] = new JsonObject { ["@type"] = "MedicalTherapy", ["name"] = context.Settings.Subject },
            ["audience"] = new JsonObject { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" },
            ["lastReviewed"] = meta.LastReviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["reviewedBy"] = Organizations(meta.ReviewedBy),
            ["author"] = Organizations(meta.Authors),
            ["image"] = context.SocialImages.ForArticle(article.Slug).AbsoluteUrl,
            ["isPartOf"] = new JsonObject
            {
                ["@type"] = "WebSite",
                ["name"] = context.Settings.Title,
                ["url"] = context.Urls.BaseUrl.AbsoluteUri,
            },
        };
        if (meta.Tags.Count > 0)
        {
            page["keywords"] = string.Join(", ", meta.Tags);
        }

        if (citations.Count > 0)
        {
            page["citation"] = new JsonArray([.. citations.Select(citation => (JsonNode)citation.DeepClone())]);
        }

        return page;
    }

    private static JsonArray Organizations(IReadOnlyList<string> names) =>
        new([.. names.Select(name => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = name })]);
}

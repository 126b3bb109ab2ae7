using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>Article pages at /articles/&lt;slug&gt;/.</summary>
public sealed class ArticlePipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        foreach (var article in context.Graph.PublishedArticles)
        {
            var meta = article.Meta;
            var view = new ArticleView(
                meta.Title,
                meta.Summary,
                context.Markdown.Render(article.Body),
                string.Join(", ", meta.Authors),
                string.Join(", ", meta.ReviewedBy),
                RenderContext.Date(meta.LastReviewed),
                RenderContext.Date(meta.NextReview),
                ReviewOverdue: meta.NextReview < context.Today,
                meta.Tags);
            var path = context.Urls.Article(article.Slug);
            yield return context.Page(SiteUrls.ArticleOutputPath(article.Slug),
                new PageMeta(meta.Title, meta.Summary, path, "article", JsonLd(article, context.Urls.Absolute(path), context.Settings.Language)), "article", view);
        }
    }

    private static JsonObject JsonLd(Article article, string url, string language) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "MedicalWebPage",
        ["name"] = article.Meta.Title,
        ["description"] = article.Meta.Summary,
        ["url"] = url,
        ["lastReviewed"] = article.Meta.LastReviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["reviewedBy"] = new JsonArray(article.Meta.ReviewedBy.Select(name => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = name }).ToArray()),
        ["audience"] = new JsonObject { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" },
        ["inLanguage"] = language,
    };
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.Blocks.EvidenceByUse;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /api/articles.json: every published article's title, address, summary, dates, whether a clinician reviewed it and evidence levels,
/// for clinics that show our summaries on their own sites. Field names are part of the promise: add, never rename.
/// </summary>
public sealed class ArticlesApiPipeline : IOutputPipeline
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var urls = context.Urls;
        var articles = context.Graph.PublishedArticles
            .OrderBy(article => article.Slug, StringComparer.Ordinal)
            .Select(article => (JsonNode)new JsonObject
            {
                ["slug"] = article.Slug,
                ["title"] = article.Meta.Title,
                ["url"] = urls.Absolute(urls.Article(article.Slug)),
                ["summary"] = article.Meta.Summary,
                ["published"] = Date(article.Meta.Published),
                ["updated"] = Date(article.Meta.Updated),
                // The editorial team's check against the sources; clinician_reviewed says whether a clinician also reviewed it then.
                ["last_reviewed"] = Date(article.Meta.LastReviewed),
                ["next_review"] = Date(article.Meta.NextReview),
                ["sources_searched"] = Date(article.Meta.SourcesSearched),
                ["clinician_reviewed"] = article.Meta.ReviewedBy.Count > 0,
                ["embed_url"] = urls.Absolute(urls.Embed(article.Slug)),
                ["uses"] = new JsonArray([.. EvidenceByUseTable.In(article.Meta).Select(use => (JsonNode)new JsonObject
                {
                    ["name"] = use.Name,
                    ["evidence"] = EvidenceLevelNames.NameOf(use.Evidence),
                    ["verdict"] = use.Verdict,
                })]),
            });
        var document = new JsonObject
        {
            ["site"] = new JsonObject { ["title"] = context.Settings.Title, ["url"] = urls.BaseUrl.AbsoluteUri },
            ["articles"] = new JsonArray([.. articles]),
        };
        yield return RenderContext.Text(SiteUrls.OutputPathOf(SiteUrls.ArticlesApiPath), document.ToJsonString(Options) + "\n");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

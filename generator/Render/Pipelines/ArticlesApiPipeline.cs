using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeBase.Blocks.EvidenceByUse;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /api/articles.json: every published article's title, address, summary, dates, whether a clinician reviewed it and evidence levels,
/// for clinics that show our summaries on their own sites. Field names are part of the promise: add, never rename.
/// </summary>
public sealed class ArticlesApiPipeline : IOutputPipeline
{
    // Written straight to bytes rather than built as a tree of JSON nodes first: the file holds every article, and
    // is made on every build.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string? BodiesShown(RenderContext context) => "";

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var urls = context.Urls;
        var bytes = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(bytes, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("site");
            json.WriteString("title", context.Settings.Title);
            json.WriteString("url", urls.BaseUrl.AbsoluteUri);
            json.WriteEndObject();
            json.WriteStartArray("articles");
            foreach (var article in context.Graph.PublishedArticles.OrderBy(article => article.Slug, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("slug", article.Slug);
                json.WriteString("title", article.Meta.Title);
                json.WriteString("url", urls.Absolute(urls.Article(article.Slug)));
                json.WriteString("summary", article.Meta.Summary);
                json.WriteString("published", Date(article.Meta.Published));
                json.WriteString("updated", Date(article.Meta.Updated));
                // The editorial team's check against the sources; clinician_reviewed says whether a clinician also reviewed it then.
                json.WriteString("last_reviewed", Date(article.Meta.LastReviewed));
                json.WriteString("next_review", Date(article.Meta.NextReview));
                json.WriteString("sources_searched", Date(article.Meta.SourcesSearched));
                json.WriteBoolean("clinician_reviewed", article.Meta.ReviewedBy.Count > 0);
                json.WriteString("embed_url", urls.Absolute(urls.Embed(article.Slug)));
                json.WriteStartArray("uses");
                foreach (var use in EvidenceByUseTable.In(article.Meta))
                {
                    json.WriteStartObject();
                    json.WriteString("name", use.Name);
                    json.WriteString("evidence", EvidenceLevelNames.NameOf(use.Evidence));
                    json.WriteString("verdict", use.Verdict);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        yield return new OutputFile(SiteUrls.OutputPathOf(SiteUrls.ArticlesApiPath), [.. bytes.WrittenSpan, (byte)'\n']);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

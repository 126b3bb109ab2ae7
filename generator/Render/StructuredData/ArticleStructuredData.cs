using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeBase.Blocks.ApprovalStatus;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>
/// The schema.org MedicalWebPage that describes an article to search engines and to clinics' tools: what it
/// is about, who it is for, who wrote it, when it was published and updated, the sources it cites, and what each
/// regulator decided (a <see cref="DrugLegalStatusStructuredData"/> per decision).
/// </summary>
/// <remarks>
/// On a MedicalWebPage, <c>reviewedBy</c> and <c>lastReviewed</c> are read as a medical review, so both appear
/// only when a clinician reviewed the article (on last_reviewed). The editorial team's check against the sources
/// is not a medical review, and is not claimed as one: the page itself shows its date as "Sources last checked".
/// </remarks>
public static class ArticleStructuredData
{
    /// <param name="citations">One schema.org CreativeWork per source the article cites, in citation order.</param>
    /// <param name="translation">For a translated article, the translation it is (its address, language and English work).</param>
    public static JsonObject MedicalWebPage(Article article, RenderContext context, IReadOnlyList<JsonObject> citations, Translation<Article>? translation = null)
    {
        var meta = article.Meta;
        var englishUrl = context.Urls.Absolute(context.Urls.Article((translation?.English ?? article).Slug));
        var url = translation is null ? englishUrl : context.Urls.Absolute(context.Urls.Public(RenderContext.TranslatedArticlePath(translation)));
        var language = translation is null ? context.ReferenceLanguage : context.LanguageOf(translation);
        var page = new JsonObject
        {
            ["@context"] = SchemaOrg.Context,
            ["@type"] = "MedicalWebPage",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = meta.Title,
            ["headline"] = meta.Title,
            ["description"] = meta.Summary,
            ["inLanguage"] = translation?.Language ?? context.Settings.Language,
            ["about"] = About(meta, context.Settings.Subject),
            ["audience"] = new JsonObject { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" },
            ["datePublished"] = Date(meta.Published),
            ["dateModified"] = Date(meta.Updated),
            ["author"] = PersonStructuredData.All(meta.Authors, language, context),
            ["image"] = context.SocialImages.ForArticlePage(article, translation).AbsoluteUrl,
            ["isPartOf"] = WebSiteStructuredData.PartOf(context),
        };
        if (translation is not null)
        {
            page["translationOfWork"] = new JsonObject { ["@id"] = englishUrl };
            page["translator"] = PersonStructuredData.All(translation.TranslatedBy, language, context);
        }

        if (meta.ReviewedBy.Count > 0)
        {
            page["lastReviewed"] = Date(meta.LastReviewed);
            page["reviewedBy"] = PersonStructuredData.All(meta.ReviewedBy, language, context);
        }

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

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The article's subject or, when regulators' decisions are listed, the subject and then each treatment they decided on, with its decisions as legal statuses, so
    /// that an approval of one product is never read as an approval of the subject itself.
    /// </summary>
    private static JsonNode About(ArticleFrontMatter meta, string subject)
    {
        var therapy = new JsonObject { ["@type"] = "MedicalTherapy", ["name"] = subject };
        var decisions = ApprovalStatusTable.In(meta);
        if (decisions.Count == 0)
        {
            return therapy;
        }

        var treatments = decisions
            .GroupBy(decision => decision.Treatment, StringComparer.Ordinal)
            .Select(group => (JsonNode)new JsonObject
            {
                ["@type"] = "MedicalTherapy",
                ["name"] = group.Key,
                ["legalStatus"] = new JsonArray([.. group.Select(decision => (JsonNode)DrugLegalStatusStructuredData.Of(decision))]),
            });
        return new JsonArray([therapy, .. treatments]);
    }
}

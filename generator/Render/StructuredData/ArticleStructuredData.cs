using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeBase.Blocks.ApprovalStatus;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>
/// The schema.org MedicalWebPage that describes an article to search engines and to clinics' tools: what it
/// is about, who it is for, who wrote it, when it was published and updated, the sources it cites, and what each
/// regulator decided (a schema.org DrugLegalStatus per decision, with the place it applies to and the regulator).
/// </summary>
/// <remarks>
/// On a MedicalWebPage, <c>reviewedBy</c> and <c>lastReviewed</c> are read as a medical review, so both appear
/// only when a clinician reviewed the article (on last_reviewed). The editorial team's check against the sources
/// is not a medical review, and is not claimed as one: the page itself shows its date as "Sources last checked".
/// </remarks>
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
            ["about"] = About(meta, context.Settings.Subject),
            ["audience"] = new JsonObject { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" },
            ["datePublished"] = Date(meta.Published),
            ["dateModified"] = Date(meta.Updated),
            ["author"] = People(meta.Authors, context),
            ["image"] = context.SocialImages.ForArticle(article.Slug).AbsoluteUrl,
            ["isPartOf"] = new JsonObject
            {
                ["@type"] = "WebSite",
                ["name"] = context.Settings.Title,
                ["url"] = context.Urls.BaseUrl.AbsoluteUri,
            },
        };
        if (meta.ReviewedBy.Count > 0)
        {
            page["lastReviewed"] = Date(meta.LastReviewed);
            page["reviewedBy"] = People(meta.ReviewedBy, context);
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

    /// <summary>Each person or group as people.yml describes them, with the address of their entry on the people page.</summary>
    private static JsonArray People(IReadOnlyList<Located<string>> ids, RenderContext context) =>
        new([.. ids.Select(id => context.Graph.Content.People[id.Value]).Select(person =>
        {
            var entry = new JsonObject
            {
                ["@type"] = person.Kind == PersonKind.Organization ? "Organization" : "Person",
                ["name"] = person.Name,
                ["url"] = context.Urls.Absolute(context.Urls.Person(person.Id)),
            };
            if (person.Credentials.Length > 0)
            {
                entry["description"] = person.Credentials;
            }

            return (JsonNode)entry;
        })]);

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
                ["legalStatus"] = new JsonArray([.. group.Select(decision => (JsonNode)LegalStatus(decision))]),
            });
        return new JsonArray([therapy, .. treatments]);
    }

    /// <summary>
    /// Named "FDA (United States): approved, 2015-04-29", with the editor's sentence as its description. schema.org
    /// gives a legal status no date of its own, so the date, when known, is in the name.
    /// </summary>
    private static JsonObject LegalStatus(RegulatoryDecision decision) => new()
    {
        ["@type"] = "DrugLegalStatus",
        ["name"] = $"{decision.RegulatorWithRegion}: {RegulatoryStatusNames.NameOf(decision.Status)}{(decision.Date is { } date ? ", " + date.Value.Iso : "")}",
        ["description"] = decision.Summary,
        ["applicableLocation"] = new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = decision.Region },
        ["recognizingAuthority"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = decision.Regulator },
    };

    private static JsonArray Organizations(IReadOnlyList<string> names) =>
        new([.. names.Select(name => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = name })]);
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Citations.Exports;

/// <summary>
/// A source as CSL-JSON (/references/&lt;key&gt;.json): an array of one item in the Citation Style Language data
/// schema, which Zotero, Mendeley, Pandoc and citeproc read. Only fields the record has are written.
/// </summary>
public static class CslJsonExport
{
    /// <summary>Indented, with letters such as "í" written as they are: the file is JSON, never HTML.</summary>
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ReferenceRecord reference) => new JsonArray(Item(reference)).ToJsonString(Indented) + "\n";

    /// <summary>The CSL item of a source.</summary>
    public static JsonObject Item(ReferenceRecord reference)
    {
        var item = new JsonObject
        {
            ["id"] = reference.Key,
            ["type"] = TypeOf(reference.Type),
        };
        if (Authors(reference) is { } authors)
        {
            item["author"] = authors;
        }

        Add(item, "title", reference.Title);
        Add(item, "container-title", reference.Container);
        if (reference.Date is { } date)
        {
            item["issued"] = DateParts(date.Year, date.Month, date.Day);
        }
        else if (reference.Year is { } year)
        {
            item["issued"] = DateParts(year);
        }

        Add(item, "volume", reference.Volume);
        Add(item, "issue", reference.Issue);
        Add(item, "page", reference.Pages);
        Add(item, "DOI", reference.Doi?.Value);
        Add(item, "PMID", reference.Pmid?.Value);
        Add(item, "PMCID", reference.Pmcid?.Value);
        Add(item, "URL", reference.Url);
        if (reference.Accessed is { } accessed)
        {
            item["accessed"] = DateParts(accessed.Year, accessed.Month, accessed.Day);
        }

        return item;
    }

    /// <summary>The CSL item type of a source.</summary>
    public static string TypeOf(ReferenceType type) => type switch
    {
        ReferenceType.JournalArticle => "article-journal",
        ReferenceType.News => "article-newspaper",
        ReferenceType.WebPage or ReferenceType.Statement or ReferenceType.PressRelease => "webpage",
        ReferenceType.Statistics => "report",
        _ => "document",
    };

    private static JsonArray? Authors(ReferenceRecord reference)
    {
        if (reference.Authors.Count == 0)
        {
            return reference.Organization is { } organization ? [new JsonObject { ["literal"] = organization }] : null;
        }

        return new JsonArray([.. reference.Authors.Select(AuthorName.Parse).Select(name => (JsonNode)(name.GivenInitials is { } given
            ? new JsonObject { ["family"] = name.Family, ["given"] = given }
            : new JsonObject { ["literal"] = name.Family }))]);
    }

    private static JsonObject DateParts(params int[] parts) =>
        new() { ["date-parts"] = new JsonArray(new JsonArray([.. parts.Select(part => (JsonNode)part)])) };

    private static void Add(JsonObject item, string name, string? value)
    {
        if (value is not null)
        {
            item[name] = value;
        }
    }
}

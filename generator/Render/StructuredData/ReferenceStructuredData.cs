using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeBase.Content;
using KnowledgeBase.Render.Citations;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>
/// A source as schema.org data: a ScholarlyArticle for a journal article (NewsArticle, Report or CreativeWork for
/// other kinds), with its authors, date, journal and identifiers. The citation page carries it as its JSON-LD, and
/// each article names the ones it cites by the same @id.
/// </summary>
public static class ReferenceStructuredData
{
    /// <summary>
    /// A source as an article's JSON-LD cites it: its kind, name and the @id of the full description its citation
    /// page carries, which search engines join on; repeating the whole record in every article that cites it would
    /// weigh on patients' phones for nothing.
    /// </summary>
    public static JsonObject Citation(ReferenceRecord reference, RenderContext context) => new()
    {
        ["@type"] = TypeOf(reference.Type),
        ["@id"] = context.Urls.Absolute(context.Urls.Reference(reference.Key)) + "#source",
        ["url"] = context.Urls.Absolute(context.Urls.Reference(reference.Key)),
        ["name"] = reference.Title ?? ReferenceStyle.ShortLabel(reference),
    };

    /// <summary>The full description of a source, with its authors, date, container and identifiers, for its citation page.</summary>
    public static JsonObject Work(ReferenceRecord reference, RenderContext context)
    {
        var work = Citation(reference, context);
        if (reference.Title is { } title)
        {
            work["headline"] = title;
        }

        if (Authors(reference) is { } authors)
        {
            work["author"] = authors;
        }

        if (reference.Date is { } date)
        {
            work["datePublished"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (reference.Year is { } year)
        {
            work["datePublished"] = year.ToString(CultureInfo.InvariantCulture);
        }

        if (reference.Container is { } container)
        {
            work["isPartOf"] = new JsonObject
            {
                ["@type"] = reference.Type == ReferenceType.JournalArticle ? "Periodical" : "CreativeWork",
                ["name"] = container,
            };
        }

        if (reference.Pages is { } pages)
        {
            work["pagination"] = pages;
        }

        var identifiers = new JsonArray();
        var sameAs = new JsonArray();
        if (reference.Doi is { } doi)
        {
            identifiers.Add(Identifier("DOI", doi.Value));
            sameAs.Add(ReferenceStyle.DoiUrl(doi.Value));
        }

        if (reference.Pmid is { } pmid)
        {
            identifiers.Add(Identifier("PMID", pmid.Value));
            sameAs.Add(ReferenceStyle.PubMedUrl(pmid.Value));
        }

        if (reference.Pmcid is { } pmcid)
        {
            identifiers.Add(Identifier("PMCID", pmcid.Value));
        }

        if (reference.Url is { } url && !sameAs.Any(node => node!.GetValue<string>() == url))
        {
            sameAs.Add(url);
        }

        if (identifiers.Count > 0)
        {
            work["identifier"] = identifiers;
        }

        if (sameAs.Count > 0)
        {
            work["sameAs"] = sameAs;
        }

        return work;
    }

    /// <summary>The JSON-LD of a citation page: the source itself, described on its page.</summary>
    /// <param name="pageUrl">The public path of the page describing the source (the source page in the page's language).</param>
    public static JsonObject CitationPage(ReferenceRecord reference, RenderContext context, string pageUrl)
    {
        var work = Work(reference, context);
        var page = new JsonObject { ["@context"] = SchemaOrg.Context };
        foreach (var (name, value) in work)
        {
            page[name] = value?.DeepClone();
        }

        page["mainEntityOfPage"] = context.Urls.Absolute(pageUrl);
        return page;
    }

    private static string TypeOf(ReferenceType type) => type switch
    {
        ReferenceType.JournalArticle => "ScholarlyArticle",
        ReferenceType.News => "NewsArticle",
        ReferenceType.Statistics => "Report",
        _ => "CreativeWork",
    };

    private static JsonArray? Authors(ReferenceRecord reference)
    {
        if (reference.Authors.Count == 0)
        {
            return reference.Organization is { } organization
                ? new JsonArray([.. organization.Split(';').Select(name => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = name.Trim() })])
                : null;
        }

        return new JsonArray([.. reference.Authors.Select(AuthorName.Parse).Select(name =>
        {
            var person = new JsonObject { ["@type"] = "Person", ["name"] = name.Initials is null ? name.Family : $"{name.Family} {name.Initials}", ["familyName"] = name.Family };
            return (JsonNode)person;
        })]);
    }

    private static JsonObject Identifier(string kind, string value) =>
        new() { ["@type"] = "PropertyValue", ["propertyID"] = kind, ["value"] = value };
}

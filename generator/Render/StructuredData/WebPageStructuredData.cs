using System.Text.Json.Nodes;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>
/// The schema.org WebPage of a page that is not an article or a source: a WebPage, or the kind of WebPage it is (an
/// AboutPage, a CollectionPage, a SearchResultsPage), each named, with its address and, for some, a description.
/// </summary>
public static class WebPageStructuredData
{
    /// <summary>A standing page; without <paramref name="url"/> for a page served at any address (the 404 page).</summary>
    public static JsonObject WebPage(string name, string? url = null) => Page("WebPage", name, description: null, url);

    /// <summary>The page about who writes and checks the site.</summary>
    public static JsonObject AboutPage(string name, string url) => Page("AboutPage", name, description: null, url);

    public static JsonObject SearchResultsPage(string name, string url) => Page("SearchResultsPage", name, description: null, url);

    /// <summary>A page that lists others (a topic, the list of topics).</summary>
    public static JsonObject CollectionPage(string name, string description, string url) => Page("CollectionPage", name, description, url);

    /// <summary>A page that lists others and describes each of them in full (the bibliography).</summary>
    public static JsonObject CollectionPage(string name, string url, IEnumerable<JsonObject> parts)
    {
        var page = Page("CollectionPage", name, description: null, url);
        page["hasPart"] = new JsonArray([.. parts]);
        return page;
    }

    private static JsonObject Page(string type, string name, string? description, string? url)
    {
        var page = new JsonObject
        {
            ["@context"] = SchemaOrg.Context,
            ["@type"] = type,
            ["name"] = name,
        };
        if (description is not null)
        {
            page["description"] = description;
        }

        if (url is not null)
        {
            page["url"] = url;
        }

        return page;
    }
}

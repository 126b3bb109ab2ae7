using System.Text.Json.Nodes;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>The schema.org WebSite: the site itself, described by its home page and named by each article as what it is part of.</summary>
public static class WebSiteStructuredData
{
    /// <summary>The home page's JSON-LD: the site's name, description and address.</summary>
    public static JsonObject Home(RenderContext context) => new()
    {
        ["@context"] = SchemaOrg.Context,
        ["@type"] = "WebSite",
        ["name"] = context.Settings.Title,
        ["description"] = context.Settings.Description,
        ["url"] = context.Urls.BaseUrl.AbsoluteUri,
    };

    /// <summary>The site as a page's isPartOf names it: its name and address.</summary>
    public static JsonObject PartOf(RenderContext context) => new()
    {
        ["@type"] = "WebSite",
        ["name"] = context.Settings.Title,
        ["url"] = context.Urls.BaseUrl.AbsoluteUri,
    };
}

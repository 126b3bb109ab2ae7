using System.Text.Json.Nodes;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>
/// Someone from content/people.yml as a schema.org Person, or Organization for a group, named and linked as a page in
/// its language shows them: a group's name in that language, and their entry on that language's people page.
/// </summary>
public static class PersonStructuredData
{
    public static JsonObject Of(Person person, PageLanguage language, RenderContext context)
    {
        var link = context.PersonLink(person.Id, language);
        var entry = new JsonObject
        {
            ["@type"] = person.Kind == PersonKind.Organization ? "Organization" : "Person",
            ["name"] = link.Name,
            ["url"] = context.Urls.Absolute(link.Url),
        };
        if (person.Credentials.Length > 0)
        {
            entry["description"] = person.Credentials;
        }

        return entry;
    }

    /// <summary>The people with these ids (authors, reviewers, translators), in the page's order; ids reaching rendering were checked by validation.</summary>
    public static JsonArray All(IEnumerable<Located<string>> ids, PageLanguage language, RenderContext context) =>
        new([.. ids.Select(id => (JsonNode)Of(context.Graph.Content.People[id.Value], language, context))]);
}

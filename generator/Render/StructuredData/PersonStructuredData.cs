using System.Text.Json.Nodes;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>Someone from content/people.yml as a schema.org Person, or Organization for a group, with the address of their entry on the people page.</summary>
public static class PersonStructuredData
{
    public static JsonObject Of(Person person, RenderContext context)
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

        return entry;
    }
}

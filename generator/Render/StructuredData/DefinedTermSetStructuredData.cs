using System.Text.Json.Nodes;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>The glossary as a schema.org DefinedTermSet: each term of content/glossary.yml with its definition and its address on the glossary page.</summary>
public static class DefinedTermSetStructuredData
{
    public static JsonObject Glossary(string name, RenderContext context) => new()
    {
        ["@context"] = SchemaOrg.Context,
        ["@type"] = "DefinedTermSet",
        ["name"] = name,
        ["url"] = context.Urls.Absolute(context.Urls.Glossary),
        ["hasDefinedTerm"] = new JsonArray([.. context.Graph.Content.Glossary.Select(term => (JsonNode)Term(term, context))]),
    };

    private static JsonObject Term(GlossaryTerm term, RenderContext context) => new()
    {
        ["@type"] = "DefinedTerm",
        ["name"] = term.Term,
        ["description"] = term.Definition,
        ["url"] = context.Urls.Absolute(context.Urls.GlossaryTerm(term.Id)),
    };
}

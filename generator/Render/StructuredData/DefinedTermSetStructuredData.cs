using System.Text.Json.Nodes;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>The glossary as a schema.org DefinedTermSet: each term of content/glossary.yml with its definition and its address on the glossary page.</summary>
public static class DefinedTermSetStructuredData
{
    /// <summary>The glossary of <paramref name="terms"/> at <paramref name="glossaryPath"/> (a public path: the English glossary's or a translation's).</summary>
    public static JsonObject Glossary(string name, IEnumerable<GlossaryTerm> terms, string glossaryPath, RenderContext context) => new()
    {
        ["@context"] = SchemaOrg.Context,
        ["@type"] = "DefinedTermSet",
        ["name"] = name,
        ["url"] = context.Urls.Absolute(glossaryPath),
        ["hasDefinedTerm"] = new JsonArray([.. terms.Select(term => (JsonNode)Term(term, glossaryPath, context))]),
    };

    private static JsonObject Term(GlossaryTerm term, string glossaryPath, RenderContext context) => new()
    {
        ["@type"] = "DefinedTerm",
        ["name"] = term.Term,
        ["description"] = term.Definition,
        ["url"] = context.Urls.Absolute(SiteUrls.WithFragment(glossaryPath, term.Id)),
    };
}

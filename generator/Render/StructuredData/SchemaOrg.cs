namespace KnowledgeBase.Render.StructuredData;

/// <summary>The vocabulary every page's JSON-LD is written in.</summary>
public static class SchemaOrg
{
    /// <summary>The @context of a page's top-level object; objects nested in it inherit it.</summary>
    public const string Context = "https://schema.org";
}

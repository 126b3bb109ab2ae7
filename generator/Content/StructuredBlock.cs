namespace KnowledgeBase.Content;

/// <summary>The structured evidence blocks of an article's front matter, in the order an article page shows them.</summary>
public enum StructuredBlock
{
    Regulatory,
    Uses,
    Costs,
    Comparison,
    Studies,
}

namespace KnowledgeBase.Link.Citations;

/// <summary>The parts of an article that cite sources, in the order the article page shows them, which is the order citations are numbered in.</summary>
public enum CitingPart
{
    KeyPoints,
    Regulatory,
    Uses,
    Costs,
    Comparison,
    Studies,
    Body,
}

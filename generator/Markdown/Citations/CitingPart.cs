namespace KnowledgeBase.Markdown.Citations;

/// <summary>
/// The parts of an article that cite sources, in the order the article page shows them, which is the order citations
/// are numbered in. The structured blocks come in <see cref="Blocks.EvidenceBlockRegistry.All"/>.
/// </summary>
public enum CitingPart
{
    KeyPoints,
    StructuredBlocks,
    Body,
}

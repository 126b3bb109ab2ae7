namespace KnowledgeBase.Blocks.EvidenceByUse;

/// <summary>The evidence for each use (<c>uses:</c>): a table and a bar chart of the same rows.</summary>
public sealed class EvidenceByUseBlock() : ItemListBlock<EvidenceUse>("uses", "evidence-by-use", "evidence-matrix", EvidenceByUseReader.ReadUse, (kind, uses) => new EvidenceByUseTable(kind, uses));

namespace KnowledgeBase.Blocks.ApprovalStatus;

/// <summary>The approval status (<c>regulatory:</c>): one row per regulator's decision, in the order written.</summary>
public sealed class ApprovalStatusBlock() : ItemListBlock<RegulatoryDecision>("regulatory", "approval-status", "regulatory-table", ApprovalStatusReader.ReadDecision, (kind, decisions) => new ApprovalStatusTable(kind, decisions));

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.ApprovalStatus;

/// <summary>The approval status (<c>regulatory:</c>): one row per regulator's decision, in the order written.</summary>
public sealed class ApprovalStatusBlock : IEvidenceBlock
{
    public string Key => "regulatory";

    public string SectionId => "approval-status";

    public string Template => "regulatory-table";

    public ArticleBlock? Read(YamlFields frontMatter) =>
        frontMatter.ObjectList(Key, ApprovalStatusReader.ReadDecision, DiagnosticCode.UnknownBlockField) is { Count: > 0 } decisions
            ? new ApprovalStatusTable(this, decisions)
            : null;
}

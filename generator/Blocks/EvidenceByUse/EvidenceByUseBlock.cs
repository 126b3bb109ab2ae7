using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.EvidenceByUse;

/// <summary>The evidence for each use (<c>uses:</c>): a table and a bar chart of the same rows.</summary>
public sealed class EvidenceByUseBlock : IEvidenceBlock
{
    public string Key => "uses";

    public string SectionId => "evidence-by-use";

    public string Template => "evidence-matrix";

    public ArticleBlock? Read(YamlFields frontMatter) =>
        frontMatter.ObjectList(Key, EvidenceByUseReader.ReadUse, DiagnosticCode.UnknownBlockField) is { Count: > 0 } uses
            ? new EvidenceByUseTable(this, uses)
            : null;
}

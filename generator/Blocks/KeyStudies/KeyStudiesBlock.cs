using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.KeyStudies;

/// <summary>The key studies (<c>studies:</c>): a card per study, linking to its citation page.</summary>
public sealed class KeyStudiesBlock : IEvidenceBlock
{
    public string Key => "studies";

    public string SectionId => "key-studies";

    public string Template => "study-cards";

    public ArticleBlock? Read(YamlFields frontMatter) =>
        frontMatter.ObjectList(Key, KeyStudiesReader.ReadStudy, DiagnosticCode.UnknownBlockField) is { Count: > 0 } studies
            ? new StudyCards(this, studies)
            : null;
}

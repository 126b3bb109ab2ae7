using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.SideBySide;

/// <summary>The side-by-side comparison (<c>comparison:</c>) with another treatment, aspect by aspect.</summary>
public sealed class SideBySideBlock : IEvidenceBlock
{
    public string Key => "comparison";

    public string SectionId => "side-by-side";

    public string Template => "comparison-table";

    public string Example => """
        comparison:                   # side-by-side table with another treatment
          with: Liposuction
          rows:
            - aspect: Typical cost
              this: ...
              other: ...
              refs: [...]             # every row: its sources, or [] if no checked source covers it
        """;

    public ArticleBlock? Read(YamlFields frontMatter) =>
        frontMatter.OptionalObject(Key, DiagnosticCode.UnknownBlockField) is { } fields && SideBySideReader.Read(this, fields) is { Rows.Count: > 0 } comparison
            ? comparison
            : null;
}

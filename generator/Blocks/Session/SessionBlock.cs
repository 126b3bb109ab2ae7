using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.Session;

/// <summary>What a session is like (<c>session:</c>): each part of a session, what the sources say about it and what they do not.</summary>
public sealed class SessionBlock : IEvidenceBlock
{
    public string Key => "session";

    /// <summary>The id the article's prose section of this name had, which links still use.</summary>
    public string SectionId => "what-a-session-is-like";

    public string Template => "session-parts";

    public string Example => """
        session:                      # what a session is like; every part, each entry cited or plainly not known
          before:
            - says: Studies have used many different mixes, so ask what is in yours.
              refs: [park2008]
          shots: [...]
          numbing:
            - not_known: Whether a numbing cream is used first.   # where no source says
          how_long: [...]
          how_many: [...]
          aftercare: [...]
          results_last: [...]
        """;

    public ArticleBlock? Read(YamlFields frontMatter) =>
        frontMatter.OptionalObject(Key, DiagnosticCode.UnknownBlockField) is { } fields ? new SessionDescription(this, SessionReader.ReadParts(fields)) : null;
}

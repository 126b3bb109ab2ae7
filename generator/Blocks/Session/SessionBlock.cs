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

    public ArticleBlock? Read(YamlFields frontMatter) =>
        frontMatter.OptionalObject(Key, DiagnosticCode.UnknownBlockField) is { } fields ? new SessionDescription(this, SessionReader.ReadParts(fields)) : null;
}

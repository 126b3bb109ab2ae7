namespace KnowledgeBase.Blocks.Session;

/// <summary>One part of a session, such as numbing (its front-matter key), and what is and is not known about it, in the order written.</summary>
public sealed record SessionPart(string Key, IReadOnlyList<SessionStatement> Statements)
{
    /// <summary>The key in i18n/ of the part's label, which heads the part on article pages and its sentences where source pages quote them.</summary>
    public string LabelKey => "session_" + Key;
}

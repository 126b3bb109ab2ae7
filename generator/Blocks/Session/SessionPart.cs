namespace KnowledgeBase.Blocks.Session;

/// <summary>One part of a session, such as numbing (its front-matter key and English label), and what is and is not known about it, in the order written.</summary>
public sealed record SessionPart(string Key, string Label, IReadOnlyList<SessionStatement> Statements);

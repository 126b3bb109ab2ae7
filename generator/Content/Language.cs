namespace KnowledgeBase.Content;

/// <summary>A language the site is written in: its code (<c>es</c>), as in file names and URLs, and its name in itself (<c>Español</c>).</summary>
public sealed record Language(string Code, string Name);

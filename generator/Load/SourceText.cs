namespace KnowledgeBase.Load;

/// <summary>The text of one content file, with its path relative to the site root (forward slashes).</summary>
public sealed record SourceText(string Path, string Text);

namespace KnowledgeBase.Content;

/// <summary>A Scriban template's text and path, loaded once per build.</summary>
public sealed record TemplateSource(string Name, string Path, string Text);

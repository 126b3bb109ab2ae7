namespace KnowledgeBase.Load;

/// <summary>A content file split into its YAML front matter and Markdown body, with the line each starts on.</summary>
public sealed record FrontMatterDocument(string Path, string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

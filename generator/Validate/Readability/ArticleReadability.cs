namespace KnowledgeBase.Validate.Readability;

/// <summary>One article's line in the readability report.</summary>
public sealed record ArticleReadability(string SourcePath, string Title, ReadingLevel Level);

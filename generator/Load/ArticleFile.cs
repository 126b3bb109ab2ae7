namespace KnowledgeBase.Load;

/// <summary>
/// What an article file was read into: the keys of its front matter record (<see cref="ArticleFrontMatterStore"/>) and
/// of its Markdown facts, the line its body starts on, and the byte of the file it starts at.
/// </summary>
public sealed record ArticleFile(string FrontMatterKey, string MarkdownKey, int BodyFirstLine, int BodyStart);

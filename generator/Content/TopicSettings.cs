namespace KnowledgeBase.Content;

/// <summary>What site.yml says about a tag: the title and description its topic page shows.</summary>
public sealed record TopicSettings(string Tag, string Title, string Description);

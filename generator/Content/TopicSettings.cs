namespace KnowledgeBase.Content;

/// <summary>What site.yml says about a tag: the title and description its topic page shows.</summary>
/// <param name="Translations">The title and description in each translation language that has them, by language code.</param>
public sealed record TopicSettings(string Tag, string Title, string Description, IReadOnlyDictionary<string, TopicText> Translations);

/// <summary>A topic's title and description in one language.</summary>
public sealed record TopicText(string Title, string Description)
{
    /// <summary>The language of the text when it is not the one asked for (site.yml does not translate the topic into it); null otherwise.</summary>
    public string? Lang { get; init; }
}

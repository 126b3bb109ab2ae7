using KnowledgeBase.Content;

namespace KnowledgeBase.Link;

/// <summary>A tag and the published articles that carry it, with the title and description its page shows.</summary>
/// <param name="Slug">The tag as a URL name: the topic page is /topics/&lt;slug&gt;/.</param>
/// <param name="Articles">In publishing order, which is also the order of "previous" and "next" within the topic.</param>
public sealed record Topic(string Tag, string Slug, string Title, string Description, IReadOnlyList<Article> Articles)
{
    /// <summary>The title and description in each translation language site.yml gives them in, by language code.</summary>
    public IReadOnlyDictionary<string, TopicText> Translations { get; init; } = new Dictionary<string, TopicText>();

    /// <summary>The title and description in <paramref name="language"/>; the reference language's, marked as such, when site.yml does not translate them.</summary>
    public TopicText TextIn(string language, string referenceLanguage) =>
        Translations.GetValueOrDefault(language) ?? new TopicText(Title, Description) { Lang = language == referenceLanguage ? null : referenceLanguage };
}

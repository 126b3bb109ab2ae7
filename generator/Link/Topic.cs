using KnowledgeBase.Content;

namespace KnowledgeBase.Link;

/// <summary>A tag and the published articles that carry it, with the title and description its page shows.</summary>
/// <param name="Slug">The tag as a URL name: the topic page is /topics/&lt;slug&gt;/.</param>
/// <param name="Articles">In publishing order, which is also the order of "previous" and "next" within the topic.</param>
public sealed record Topic(string Tag, string Slug, string Title, string Description, IReadOnlyList<Article> Articles);

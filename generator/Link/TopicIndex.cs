using KnowledgeBase.Content;

namespace KnowledgeBase.Link;

/// <summary>Groups the published articles into topics by tag, titled and ordered as site.yml lists them.</summary>
public static class TopicIndex
{
    public static IReadOnlyList<Topic> Build(IReadOnlyList<Article> published, IReadOnlyList<TopicSettings> settings)
    {
        var described = settings
            .Where(topic => Slugs.Slugify(topic.Tag).Length > 0)
            .DistinctBy(topic => Slugs.Slugify(topic.Tag))
            .Select((topic, order) => (topic, order))
            .ToDictionary(entry => Slugs.Slugify(entry.topic.Tag), StringComparer.Ordinal);
        return published
            .SelectMany(article => article.Meta.Tags.Select(tag => (tag, slug: Slugs.Slugify(tag), article)))
            .Where(entry => entry.slug.Length > 0)
            .GroupBy(entry => entry.slug, StringComparer.Ordinal)
            .Select(group =>
            {
                var first = group.First();
                // By identity: an article record's own equality would hash every field of its front matter.
                var articles = group.Select(entry => entry.article).Distinct<Article>(ReferenceEqualityComparer.Instance).ToList();
                return described.TryGetValue(group.Key, out var known)
                    ? (order: known.order, topic: new Topic(first.tag, group.Key, known.topic.Title, known.topic.Description, articles)
                    {
                        Translations = known.topic.Translations,
                    })
                    : (order: int.MaxValue, topic: new Topic(first.tag, group.Key, TitleOf(first.tag), "", articles));
            })
            .OrderBy(entry => entry.order)
            .ThenBy(entry => entry.topic.Title, StringComparer.Ordinal)
            .Select(entry => entry.topic)
            .ToList();
    }

    /// <summary>A tag nobody described is shown as itself with a capital: "fat" becomes "Fat".</summary>
    public static string TitleOf(string tag) => tag.Length == 0 ? tag : char.ToUpperInvariant(tag[0]) + tag[1..];
}

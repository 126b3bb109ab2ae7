using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate;

/// <summary>
/// Warns about a tag that site.yml does not list under topics but that is close to one it does: most likely a
/// typo, which would start a topic of its own. Other tags not listed simply get a topic page titled after them.
/// </summary>
public static class TopicValidator
{
    public static void Validate(SiteContent site, DiagnosticBag diagnostics)
    {
        var described = site.Settings.Topics.Select(topic => topic.Tag).ToList();
        var known = described.Select(Slugs.Slugify).ToHashSet(StringComparer.Ordinal);
        foreach (var article in site.Articles)
        {
            var tags = article.Meta.Tags;
            for (var index = 0; index < tags.Count; index++)
            {
                // A listed tag needs no suggestion, and comparing it with every topic is most of this check's time.
                if (known.Contains(Slugs.Slugify(tags[index])) || Suggestions.DidYouMean(tags[index], described) is not { Length: > 0 } suggestion)
                {
                    continue;
                }

                diagnostics.Warning(DiagnosticCode.UndescribedTopic, article.TagLocation(index),
                    $"the tag '{tags[index]}' is not listed under topics in site.yml, so it would start a topic of its own{suggestion}");
            }
        }
    }
}

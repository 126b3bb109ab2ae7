using KnowledgeBase.Content;
using KnowledgeBase.Markdown.Citations;

namespace KnowledgeBase.Link.Citations;

/// <summary>Takes an article's citations in page order (<see cref="ArticleCitedKeys"/>) and gives each its anchor id.</summary>
public static class ArticleCitationCollector
{
    public static ArticleCitations Collect(Article article)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new List<CitationOccurrence>();
        foreach (var cited in ArticleCitedKeys.InPageOrder(article))
        {
            var n = counts[cited.Key] = counts.GetValueOrDefault(cited.Key) + 1;
            occurrences.Add(new CitationOccurrence(cited.Key, cited.Locator, cited.Location, n, cited.Part, cited.CitingText));
        }

        return new ArticleCitations(occurrences);
    }
}

using KnowledgeBase.Content;
using KnowledgeBase.Load;
using KnowledgeBase.Markdown.Citations;
using Markdig.Syntax;

namespace KnowledgeBase.Link.Citations;

/// <summary>Walks an article's citing parts in page order (<see cref="CitingPart"/>) and gives each citation its anchor id.</summary>
public static class ArticleCitationCollector
{
    public static ArticleCitations Collect(Article article)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new List<CitationOccurrence>();
        foreach (var cited in CitationsInPageOrder(article))
        {
            var n = counts[cited.Key] = counts.GetValueOrDefault(cited.Key) + 1;
            occurrences.Add(new CitationOccurrence(cited.Key, cited.Locator, cited.Location, n, cited.Part, cited.CitingText));
        }

        return new ArticleCitations(occurrences);
    }

    /// <summary>Every citation of the article, with its part and the text that cites it, in the order the page shows them.</summary>
    public static IEnumerable<CitedKey> CitationsInPageOrder(Article article)
    {
        foreach (var keyPoint in article.KeyPointDocuments)
        {
            foreach (var citation in InMarkdown(keyPoint, CitingPart.KeyPoints))
            {
                yield return citation;
            }
        }

        foreach (var citation in article.Meta.Blocks.SelectMany(block => block.Citations))
        {
            yield return new CitedKey(citation.Ref.Value, null, citation.Ref.Location, CitingPart.StructuredBlocks, CitingSentence.Written(citation.SupportedText));
        }

        foreach (var citation in InMarkdown(article.Body, CitingPart.Body))
        {
            yield return citation;
        }
    }

    private static IEnumerable<CitedKey> InMarkdown(MarkdownDocument document, CitingPart part) =>
        document.Descendants<CitationGroup>().SelectMany(citation => citation.Items.Select(item => new CitedKey(item.Key, item.Locator, item.Location, part, CitingSentence.Around(citation))));
}

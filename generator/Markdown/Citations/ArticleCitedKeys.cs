using KnowledgeBase.Content;

namespace KnowledgeBase.Markdown.Citations;

/// <summary>
/// Every citation of an article, with its part and the text that cites it, in the order the page shows them
/// (<see cref="CitingPart"/>): what validation checks and the link stage numbers.
/// </summary>
public static class ArticleCitedKeys
{
    public static IEnumerable<CitedKey> InPageOrder(Article article)
    {
        foreach (var (tree, facts) in article.KeyPointTrees.Zip(article.KeyPointFacts))
        {
            foreach (var citation in InMarkdown(tree, facts, CitingPart.KeyPoints))
            {
                yield return citation;
            }
        }

        foreach (var citation in article.Meta.Blocks.SelectMany(block => block.Citations))
        {
            yield return new CitedKey(citation.Ref.Value, null, citation.Ref.Location, CitingPart.StructuredBlocks, CitingSentence.Written(citation.SupportedText, citation.LabelKey));
        }

        foreach (var citation in InMarkdown(article.BodyTree, article.BodyFacts, CitingPart.Body))
        {
            yield return citation;
        }
    }

    private static IEnumerable<CitedKey> InMarkdown(MarkdownTree tree, MarkdownFacts facts, CitingPart part) =>
        facts.Citations.Select(citation => new CitedKey(citation.Key, citation.Locator, citation.Location, part, CitingSentence.Around(tree, citation.Group)));
}

using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Link;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Render;

/// <summary>
/// The search box's own dictionary, written at build time: the synonym groups from content/synonyms.yml,
/// which expand a query, and the site's own words, which "did you mean ...?" corrects misspellings
/// against, because Pagefind has no typo tolerance.
/// </summary>
public static partial class SearchVocabulary
{
    /// <summary>Shorter words are too easily "corrected" into another real word.</summary>
    public const int MinTermLength = 4;

    /// <summary>Bounds the download on a large site; the rarest words are the least likely to be meant.</summary>
    public const int MaxTerms = 2500;

    public static byte[] Build(SiteGraph graph)
    {
        var documents = graph.PublishedArticles
            .Select(article => string.Join(' ', [article.Meta.Title, article.Meta.Summary, .. article.Meta.Tags, PlainText(article.Body)]))
            .Concat(graph.Content.Pages.Select(page => string.Join(' ', page.Title, page.Summary, PlainText(page.Body))));
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            minTermLength = MinTermLength,
            synonyms = graph.Content.Synonyms.Select(group => group.Terms),
            terms = SiteTerms(documents),
        });
    }

    /// <summary>
    /// The distinct words of the documents, those found in the most documents first (a correction should
    /// prefer a common word), then alphabetically so that the output is deterministic.
    /// </summary>
    public static IReadOnlyList<string> SiteTerms(IEnumerable<string> documents) =>
        documents
            .SelectMany(document => Words(document).Distinct(StringComparer.Ordinal))
            .CountBy(word => word, StringComparer.Ordinal)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(MaxTerms)
            .Select(pair => pair.Key)
            .ToList();

    private static IEnumerable<string> Words(string text) =>
        Word().Matches(text).Select(match => match.Value.ToLowerInvariant()).Where(word => word.Length >= MinTermLength);

    private static string PlainText(MarkdownDocument document) =>
        string.Join(' ', document.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}

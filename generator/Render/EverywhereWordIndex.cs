using System.Text.Json;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render;

/// <summary>
/// The search box's answers for a query made only of words found on nearly every page of a large site (see
/// <see cref="SearchVocabulary.EverywhereWords"/>): "side effects" on a site about a treatment's side effects.
/// Pagefind would download its largest index parts for such words, tens of kilobytes each, yet they tell pages
/// apart only where they stand in a title or a heading. So for each such word the generator writes the pages
/// that have it there, best first and at most <see cref="PagesPerWord"/>, with what a result shows, and the search
/// box merges the lists of a query's words (search-query.js, everywhereResults) instead of asking Pagefind.
/// </summary>
public static class EverywhereWordIndex
{
    /// <summary>Enough for a page of results; a few kilobytes per word once compressed.</summary>
    public const int PagesPerWord = 20;

    /// <summary>Where a word in the title counts most, then in a heading, then in the summary.</summary>
    public const int TitleScore = 4, HeadingScore = 2, SummaryScore = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string OutputPath(string word) => $"{SiteUrls.EverywhereWordFolder}{word}.json";

    public static OutputFile File(string word, IEnumerable<SearchablePage> pages) =>
        new(OutputPath(word), JsonSerializer.SerializeToUtf8Bytes(new { word, results = Results(word, pages) }, Json));

    /// <summary>
    /// The pages that have <paramref name="word"/> in their title, a heading or their summary, best first, then by
    /// title and address so that the file is the same on every build. A page found by a heading is linked at it.
    /// </summary>
    public static IReadOnlyList<EverywhereWordResult> Results(string word, IEnumerable<SearchablePage> pages) =>
        pages.Select(page => Result(word, page))
            .OfType<EverywhereWordResult>()
            .OrderByDescending(result => result.Score)
            .ThenBy(result => result.Title, StringComparer.Ordinal)
            .ThenBy(result => result.Url, StringComparer.Ordinal)
            .Take(PagesPerWord)
            .ToList();

    private static EverywhereWordResult? Result(string word, SearchablePage page)
    {
        bool Has(string text) => SearchVocabulary.Words(text).Contains(word, StringComparer.Ordinal);
        if (Has(page.Title))
        {
            return new EverywhereWordResult(page.Url, page.Url, page.Title, null, page.Summary, page.Type, TitleScore);
        }

        return page.Headings.FirstOrDefault(heading => Has(heading.Text)) is { } section
            ? new EverywhereWordResult(page.Url, $"{page.Url}#{section.Id}", page.Title, section.Text, page.Summary, page.Type, HeadingScore)
            : Has(page.Summary) ? new EverywhereWordResult(page.Url, page.Url, page.Title, null, page.Summary, page.Type, SummaryScore) : null;
    }
}

/// <summary>One page in an everywhere word's list: the page, the address of the section that has the word, and what the result shows.</summary>
public sealed record EverywhereWordResult(string Page, string Url, string Title, string? Heading, string Excerpt, string? Type, int Score);

using System.Text.Json;
using KnowledgeBase.Content;
using KnowledgeBase.Render;

namespace KnowledgeBase.Search;

/// <summary>
/// The search box's own answers for the words a large site's queries are mostly made of: the words on many of its
/// pages (<see cref="SearchVocabulary.CommonWords"/>) and the words of the synonym groups in content/synonyms.yml,
/// patients' and clinicians' words for what the site is about. Pagefind's index parts for such words are its
/// largest (docs/performance.md), yet where those words stand in a title, a heading or a summary says more about a
/// page than their count in its text. So for each such word found there the generator writes the pages that have it
/// there, best first and at most <see cref="PagesPerWord"/>, with what a result shows, and the search box merges the
/// lists of a query's words (search-query.js, listResults) instead of asking Pagefind.
/// </summary>
public static class WordLists
{
    /// <summary>Enough for a page of results; a few kilobytes per word once compressed.</summary>
    public const int PagesPerWord = 20;

    /// <summary>Where a word in the title counts most, then in a heading, then in the summary.</summary>
    public const int TitleScore = 4, HeadingScore = 2, SummaryScore = 1;

    /// <summary>"fat" and "lipo" are patients' words too, so synonym words may be shorter than the vocabulary's terms.</summary>
    public const int MinWordLength = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A word's list among the word lists of a language's folder (null for the reference language).</summary>
    public static string OutputPath(string? folder, string word) => $"{SiteUrls.WordListFolderIn(folder)}{word}.json";

    /// <summary>The words of the synonym groups' phrases, lower case, for which lists are made.</summary>
    public static IEnumerable<string> SynonymWords(IEnumerable<SynonymGroup> groups) =>
        groups.SelectMany(group => group.Terms).SelectMany(term => SearchVocabulary.Words(term, MinWordLength));

    /// <summary>
    /// The list of each of <paramref name="words"/> that some page has in its title, a heading or its summary, in
    /// the words' order: pages best first, then by title and address so that each file is the same on every build.
    /// A page found by a heading is linked at it.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<WordListResult>> Of(IEnumerable<string> words, IReadOnlyList<SearchablePage> pages)
    {
        var wanted = words.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, List<WordListResult>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var result in ResultsOn(page, wanted))
            {
                (found.TryGetValue(result.Word, out var list) ? list : found[result.Word] = []).Add(result.Result);
            }
        }

        return found.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<WordListResult>)pair.Value
                .OrderByDescending(result => result.Score)
                .ThenBy(result => result.Title, StringComparer.Ordinal)
                .ThenBy(result => result.Url, StringComparer.Ordinal)
                .Take(PagesPerWord)
                .ToList(),
            StringComparer.Ordinal);
    }

    public static OutputFile File(string? folder, string word, IReadOnlyList<WordListResult> results) =>
        new(OutputPath(folder, word), JsonSerializer.SerializeToUtf8Bytes(new { word, results }, Json));

    /// <summary>Each wanted word on <paramref name="page"/> once, where it counts most: title, first heading that has it, summary.</summary>
    /// <remarks>
    /// Every title, heading and summary of the site is read on every build, so its words are looked up as spans: only
    /// a wanted word is named, by the string <paramref name="wanted"/> holds.
    /// </remarks>
    private static IEnumerable<(string Word, WordListResult Result)> ResultsOn(SearchablePage page, HashSet<string> wanted)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<string> NewWords(string text)
        {
            var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
            var found = new List<string>();
            foreach (var word in SearchVocabulary.LoweredWords(text, stackalloc char[64], MinWordLength))
            {
                if (lookup.TryGetValue(word, out var known) && seen.Add(known))
                {
                    found.Add(known);
                }
            }

            return found;
        }

        foreach (var word in NewWords(page.Title))
        {
            yield return (word, new WordListResult(page.Url, page.Url, page.Title, null, page.Summary, page.Type, TitleScore));
        }

        foreach (var heading in page.Headings)
        {
            foreach (var word in NewWords(heading.Text))
            {
                yield return (word, new WordListResult(page.Url, $"{page.Url}#{heading.Id}", page.Title, heading.Text, page.Summary, page.Type, HeadingScore));
            }
        }

        foreach (var word in NewWords(page.Summary))
        {
            yield return (word, new WordListResult(page.Url, page.Url, page.Title, null, page.Summary, page.Type, SummaryScore));
        }
    }
}

/// <summary>One page in a word's list: the page, the address of the section that has the word, and what the result shows.</summary>
public sealed record WordListResult(string Page, string Url, string Title, string? Heading, string Excerpt, string? Type, int Score);

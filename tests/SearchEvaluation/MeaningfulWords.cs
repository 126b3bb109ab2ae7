using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeBase.Search;

namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// Which words Pagefind marks in a result, and which words of a query, say what the query is about, from the site's own
/// data in the language of the search page the query is typed into: a word is meaningless when it is one of the
/// language's question words, a word of the site's subject or a word for the treatment (as that search page's
/// vocabulary.json lists them), or is on at least <see cref="Share"/> of the language's articles and standing pages
/// (the English ones, or a language's translations, <c>slug.es.md</c>), counted as the generator counts the vocabulary's
/// words (<see cref="SearchVocabulary.PagesPerWord"/>, words of four letters or more) over their Markdown files; a plural
/// counts as its singular. A word of a query is meaningless too when it is a word of a question shape ("is * safe",
/// "price"): it asks for a kind of section, which a marked "safe" or "price" in a result then shows; and a word of a
/// synonym group (content/synonyms.yml, as the vocabulary lists them) stands for the group's first phrase, the articles'
/// word, so that "mesoterapia" is the subject and "viso" is "face". A shorter word the vocabulary does not count, and
/// another word of another language, is taken as meaningful: the site's data cannot say otherwise.
/// </summary>
public sealed partial class MeaningfulWords
{
    private readonly HashSet<string> _meaningless;
    private readonly HashSet<string> _asking;
    private readonly ILookup<string, string[]> _heads;

    private MeaningfulWords(HashSet<string> meaningless, HashSet<string> asking, ILookup<string, string[]> heads, double share, int pages)
    {
        _meaningless = meaningless;
        _asking = asking;
        _heads = heads;
        Share = share;
        Pages = pages;
    }

    /// <summary>The share the count uses unless asked for another: the generator's for words on nearly every page (docs/performance.md, "no junk").</summary>
    public const double DefaultShare = 0.8;

    /// <summary>The share of the pages from which a word tells them apart no better than none.</summary>
    public double Share { get; }

    /// <summary>The language of the pages the shares are counted over, as the search page's address names it ("es"), null for English.</summary>
    public string? Language { get; private init; }

    /// <summary>How many pages the shares are counted over.</summary>
    public int Pages { get; }

    /// <summary>The words on at least <see cref="Share"/> of the pages, with how many pages hold each, the commonest first.</summary>
    public IReadOnlyList<(string Word, int Pages)> Common { get; private init; } = [];

    /// <summary>The meaningful words of the queries typed into <paramref name="searchPage"/> (<c>/search/</c>, <c>/es/search/</c>).</summary>
    public static MeaningfulWords Of(string repository, string output, string searchPage, double share)
    {
        var folders = searchPage.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var language = folders.Length > 1 ? folders[0] : null;
        using var vocabulary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine([output, .. folders, "vocabulary.json"])));
        IEnumerable<string> List(string name) => vocabulary.RootElement.GetProperty(name).EnumerateArray().Select(word => word.GetString()!.ToLowerInvariant());
        var subject = vocabulary.RootElement.GetProperty("subject").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var documents = PagesIn(repository, language).Select(File.ReadAllText).Select(WithoutFrontMatterKeys)
            .Select(markdown => HeadingId().Replace(markdown, "")).ToList();
        var pagesPerWord = SearchVocabulary.PagesPerWord(documents);
        var common = pagesPerWord.Where(pair => pair.Value >= share * documents.Count)
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => (pair.Key, pair.Value)).ToList();
        var shapes = vocabulary.RootElement.GetProperty("intents").EnumerateArray()
            .SelectMany(intent => intent.GetProperty("questions").EnumerateArray()).SelectMany(question => WordsOf(question.GetString()!));
        var meaningless = new HashSet<string>([.. List("questionWords"), .. List("treatmentWords"), .. subject, .. common.Select(pair => pair.Key)], StringComparer.Ordinal);
        // Each one-word phrase of a synonym group, with the words of its group's first phrase.
        var heads = vocabulary.RootElement.GetProperty("synonyms").EnumerateArray()
            .Select(group => group.EnumerateArray().Select(term => WordsOf(term.GetString()!).ToArray()).ToList())
            .SelectMany(group => group.Skip(1).Where(term => term.Length == 1).Select(term => (Word: term[0], Head: group[0])))
            .ToLookup(pair => pair.Word, pair => pair.Head, StringComparer.Ordinal);
        return new MeaningfulWords(meaningless, new HashSet<string>(shapes, StringComparer.Ordinal), heads, share, documents.Count) { Common = common, Language = language };
    }

    /// <summary>Whether a word a result marks says something of what a query is about (see the class summary).</summary>
    public bool IsMeaningful(string word) => !Holds(_meaningless, word.ToLowerInvariant());

    /// <summary>
    /// The words of a query that say what it is about; a query without any asks only of the subject or of a kind of section.
    /// A single letter is none: it is what a contraction leaves ("t" of "can't").
    /// </summary>
    public IReadOnlyList<string> Of(string query) => WordsOf(query).Where(word => word.Length > 1 && Says(word) && (!_heads.Contains(word) || _heads[word].Any(head => head.Any(Says)))).ToList();

    /// <summary>
    /// Whether a page's text holds one of the query's meaningful words (<paramref name="meaningful"/>, from <see cref="Of(string)"/>),
    /// or a word of its synonym group's first phrase, each as the start of a word with its last three letters off (at
    /// least four kept), near enough to Pagefind's stems ("pregnant" and "pregnancy").
    /// </summary>
    public bool PageHolds(string text, IReadOnlyList<string> meaningful)
    {
        var stems = meaningful.Concat(meaningful.Where(_heads.Contains).SelectMany(word => _heads[word].SelectMany(head => head.Where(Says))))
            .Select(word => word.Length <= 4 ? word : word[..Math.Max(4, word.Length - 3)]).Distinct().ToList();
        var words = WordsOf(text).ToHashSet(StringComparer.Ordinal);
        return words.Any(word => stems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal)));
    }

    /// <summary>Whether a word of a query, taken alone, says what the query is about.</summary>
    private bool Says(string word) => IsMeaningful(word) && !Holds(_asking, word);

    /// <summary>Whether <paramref name="words"/> holds a lower-case word, or a plural's singular.</summary>
    private static bool Holds(HashSet<string> words, string word) =>
        words.Contains(word) || (word.Length > 3 && word.EndsWith('s') && words.Contains(word[..^1]));

    private static IEnumerable<string> WordsOf(string text) => Letters().Matches(text.ToLowerInvariant()).Select(match => match.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Letters();

    /// <summary>
    /// A language's articles and standing pages: their Markdown files, the English ones (translations, <c>slug.lang.md</c>,
    /// aside) when <paramref name="language"/> is null, else that language's translations.
    /// </summary>
    private static IEnumerable<string> PagesIn(string repository, string? language) =>
        new[] { "articles", "pages" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(repository, "content", folder), "*.md"))
            .Where(path => Path.GetExtension(Path.GetFileNameWithoutExtension(path)) == (language is null ? "" : "." + language))
            .Order(StringComparer.Ordinal);

    /// <summary>A Markdown file without its front matter's keys ("title:", "reviewed:"), which no page shows; their values stay.</summary>
    private static string WithoutFrontMatterKeys(string markdown)
    {
        var lines = markdown.Split('\n');
        var end = lines.Length > 0 && lines[0].TrimEnd() == "---" ? Array.FindIndex(lines, 1, line => line.TrimEnd() == "---") : -1;
        return string.Join('\n', lines.Select((line, index) => index > 0 && index < end ? FrontMatterKey().Replace(line, "") : line));
    }

    // A translation's heading keeps the English id ("## Precio {#cost}"), which no page shows.
    [GeneratedRegex(@"\{#[^}]*\}")]
    private static partial Regex HeadingId();

    [GeneratedRegex(@"^\s*(- )?[a-z_]+:")]
    private static partial Regex FrontMatterKey();
}

using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Link;
using KnowledgeBase.Render;

namespace KnowledgeBase.Search;

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

    /// <summary>
    /// A word on at least this share of the pages tells them apart no better than no word, yet its part of
    /// Pagefind's index is the largest to download ("mesotherapy" on this site), so the search box leaves it
    /// out of a query that has other words, and answers a query of only such words from their lists
    /// (<see cref="WordLists"/>).
    /// </summary>
    public const double EverywhereShare = 0.8;

    /// <summary>
    /// A word on at least this share of the pages is listed too (<see cref="WordLists"/>), though unlike a word on nearly
    /// every page it is still searched for: Pagefind's parts for such a word's stem are among its largest, and a later
    /// query of one went over its budget on a large site (docs/performance.md, "Search page weight at 5,000 articles").
    /// </summary>
    public const double CommonShare = 0.3;

    /// <summary>Property names in camel case, as the search box's script reads them.</summary>
    private static readonly JsonSerializerOptions VocabularyJson = new(JsonSerializerDefaults.Web);

    /// <summary>On fewer pages a word's spread says little, and every part of the index is small anyway.</summary>
    public const int MinPagesForEverywhereWords = 50;

    /// <summary>
    /// On fewer pages a share is a handful of pages, which a word for one of the site's topics may fill, so no word is
    /// widespread (<see cref="WidespreadWords"/>).
    /// </summary>
    public const int MinPagesForWidespreadWords = 10;

    /// <summary>
    /// The vocabulary file of each language, and on a site large enough for its words on nearly every page, the
    /// <see cref="WordLists"/> beside it, which the search box reads instead of Pagefind's index for a query made only
    /// of listed words. The vocabulary names the listed words. Each language's come from its own pages and synonyms
    /// (content/synonyms.&lt;lang&gt;.yml), in its folder (es/search/vocabulary.json), so a Spanish query is expanded and
    /// corrected with Spanish words only.
    /// </summary>
    /// <remarks>
    /// A language's files are kept from the previous build (<paramref name="reuse"/>) while what they are made from is
    /// what it was: each page's address, title, summary, kind and headings, and how many pages use each word; the
    /// synonyms, question intents, glossary and the language's words come from files every page's stamp covers.
    /// </remarks>
    public static IEnumerable<OutputFile> Files(SiteGraph graph, SearchWordCache words, PageReuse reuse)
    {
        var languages = new[] { (Folder: (string?)null, Pages: graph.PublishedArticles.Select(article => SearchablePage.Of(article, graph.Urls))
                    .Concat(graph.Content.Pages.Select(page => SearchablePage.Of(page, graph.Urls))).ToList(),
                Synonyms: graph.Content.Synonyms, Intents: graph.Content.SearchIntents, Words: LanguageWords.Of(graph, graph.Content.Settings.Language), Glossary: GlossaryEntries(graph, null, graph.Content.Settings.Language)) }
            .Concat(graph.Content.Settings.TranslationLanguages.Select(language => (Folder: (string?)language.Code,
                Pages: graph.PublishedTranslations.Where(translation => translation.Language == language.Code)
                    .Select(translation => SearchablePage.OfTranslation(translation.Translated, graph.Urls.Public(RenderContext.TranslatedArticlePath(translation))))
                    .Concat(graph.Content.PageTranslations.Where(translation => translation.Language == language.Code)
                        .Select(translation => SearchablePage.Of(translation.Translated, graph.Urls.Public(RenderContext.TranslatedPagePath(translation))))).ToList(),
                Synonyms: graph.Content.TranslatedSynonyms.GetValueOrDefault(language.Code) ?? [], Intents: graph.Content.TranslatedSearchIntents.GetValueOrDefault(language.Code) ?? [], Words: LanguageWords.Of(graph, language.Code), Glossary: GlossaryEntries(graph, language.Code, language.Code))))
            .ToList();
        // Every language's pages at once, so that the cache is rewritten once, with all of them.
        var wordsOfEachPage = words.WordsOf(languages.SelectMany(language => language.Pages).ToList(), graph.Content.SourceFingerprints);
        var start = 0;
        foreach (var language in languages)
        {
            var pagesPerWord = PagesPerWordOf(wordsOfEachPage.Skip(start).Take(language.Pages.Count));
            start += language.Pages.Count;
            foreach (var file in reuse.RenderOrKeepAll($"{nameof(SearchVocabulary)}:{language.Folder}", MadeFrom(language.Pages, pagesPerWord),
                () => FilesIn(language.Folder, language.Pages, pagesPerWord, language.Synonyms, language.Intents, language.Words, language.Glossary)))
            {
                yield return file;
            }
        }
    }

    /// <summary>What a language's files show of its pages and their words, as text to stamp; each field led by its length, so no two differ only in where one ends.</summary>
    private static string MadeFrom(IReadOnlyList<SearchablePage> pages, Dictionary<string, int> pagesPerWord)
    {
        var text = new StringBuilder();
        void Field(string? value) => text.Append(value?.Length ?? -1).Append(':').Append(value);
        foreach (var page in pages)
        {
            Field(page.Url);
            Field(page.Title);
            Field(page.Summary);
            Field(page.Type);
            text.Append(page.Headings.Count).Append(':');
            foreach (var heading in page.Headings)
            {
                Field(heading.Id);
                Field(heading.Text);
            }
        }

        // In the order counted, which the same pages give every time: another order only makes the files again.
        text.Append(pagesPerWord.Count).Append(':');
        foreach (var (word, count) in pagesPerWord)
        {
            Field(word);
            text.Append(count).Append(';');
        }

        return text.ToString();
    }

    /// <summary>
    /// A language's own rules for the words of a query (i18n/&lt;lang&gt;.yml): the words that make it a question but say
    /// nothing of its subject, which the search box leaves out (search_question_words), and the endings a word may take
    /// and still be the same word ("crows", "dimpled"), with the endings that keep a word whole ("loss"), by which it
    /// compares a query's words with the synonyms' and the site's (search_word_endings, search_word_endings_kept), and
    /// the pronouns that are also a synonym ("us"), which name their group only where a name plainly stands (search_pronouns),
    /// as after the words that come before names ("in the us", search_pronoun_name_words),
    /// the spellings that are one word ("anaesthetic" and "anesthetic", search_spelling_variants), the letters that
    /// sound alike, by which a misspelt word is corrected ("selulite", search_sound_alikes), and the ordinary words, which
    /// are never corrected ("while" is no misspelt "whole", search_ordinary_words), what every article is about as the
    /// language writes it (site.yml subject, block_subject), which a question may name without naming a topic, and the
    /// words for the treatment itself ("shots", "sessions", search_treatment_words), which name no topic either, and the
    /// countries the articles cover, each with its sections' heading ids and the names a query may give it
    /// (search_countries, read with the interface strings: <see cref="Load.SearchCountriesReader"/>).
    /// </summary>
    private sealed record LanguageWords(
        string[] QuestionWords, string[] Endings, string[] KeptEndings, string[] Pronouns, string[] PronounNameWords, string[] Spellings, string[] SoundAlikes, string[] OrdinaryWords,
        string Subject, string[] TreatmentWords, IReadOnlyList<SearchCountry> Countries)
    {
        public static LanguageWords Of(SiteGraph graph, string language)
        {
            var strings = graph.Content.Strings.For(language, graph.Content.Settings.Language);
            string[] List(string key) => (strings.GetValueOrDefault(key) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new LanguageWords(
                List("search_question_words"), List("search_word_endings"), List("search_word_endings_kept"), List("search_pronouns"),
                List("search_pronoun_name_words"), List("search_spelling_variants"), List("search_sound_alikes"), List("search_ordinary_words"),
                (strings.GetValueOrDefault("block_subject") ?? "{subject}").Replace("{subject}", graph.Content.Settings.Subject, StringComparison.Ordinal).ToLowerInvariant(),
                List("search_treatment_words"), graph.Content.Strings.CountriesFor(language, graph.Content.Settings.Language));
        }
    }

    /// <summary>
    /// The entries of the glossary page in a language's folder (null for the reference language), each with every name
    /// of its term, so that a query naming a term is answered by its definition (README "Search"). A language without
    /// its own glossary shows the English one, as its glossary page does.
    /// </summary>
    private static SearchGlossary GlossaryEntries(SiteGraph graph, string? folder, string language)
    {
        var translated = folder is null ? null : graph.Content.TranslatedGlossaries.GetValueOrDefault(folder);
        var terms = translated is { Count: > 0 } ? translated : graph.Content.Glossary;
        var title = graph.Content.Strings.For(language, graph.Content.Settings.Language).GetValueOrDefault("glossary_title") ?? "";
        return new SearchGlossary(title, terms.Select(term => new SearchGlossaryEntry(
            term.Names.ToList(), graph.Urls.Public(SiteUrls.InLanguage(folder, SiteUrls.GlossaryTermPath(term.Id))), term.Definition)).ToList());
    }

    /// <summary>
    /// The vocabulary and word lists of one language's pages, in its folder (null for the reference language), with
    /// its own question intents (content/search-intents.yml, search-intents.&lt;lang&gt;.yml).
    /// </summary>
    private static IEnumerable<OutputFile> FilesIn(
        string? folder, IReadOnlyList<SearchablePage> pages, IReadOnlyDictionary<string, int> pagesPerWord, IReadOnlyList<SynonymGroup> synonyms,
        IReadOnlyList<SearchIntent> intents, LanguageWords language, SearchGlossary glossary)
    {
        var everywhere = EverywhereWords(pagesPerWord, pages.Count);
        var lists = pages.Count < MinPagesForEverywhereWords
            ? new Dictionary<string, IReadOnlyList<WordListResult>>()
            : WordLists.Of(CommonWords(pagesPerWord, pages.Count).Concat(WordLists.SynonymWords(synonyms)), pages);
        var vocabulary = JsonSerializer.SerializeToUtf8Bytes(new
        {
            minTermLength = MinTermLength,
            synonyms = synonyms.Select(group => group.Terms),
            intents = intents.Select(intent => new { questions = intent.Questions, sections = intent.Sections }),
            questionWords = language.QuestionWords,
            subject = language.Subject,
            treatmentWords = language.TreatmentWords,
            countries = language.Countries.Select(country => new { sections = country.Sections.Select(section => section.Value), names = country.Names }),
            pronouns = language.Pronouns,
            pronounNameWords = language.PronounNameWords,
            wordForms = new { endings = language.Endings, kept = language.KeptEndings, spellings = language.Spellings },
            soundAlikes = language.SoundAlikes,
            terms = SiteTerms(pagesPerWord),
            everywhere,
            widespread = WidespreadWords(pagesPerWord, pages.Count),
            listed = lists.Keys,
            glossary,
        }, VocabularyJson);
        // The site's own words are known already; only the others need saying. Most queries never need them (a third of
        // the English vocabulary's bytes), so they are a file of their own.
        var ordinary = JsonSerializer.SerializeToUtf8Bytes(language.OrdinaryWords.Where(word => !pagesPerWord.ContainsKey(word)), VocabularyJson);
        return lists.Select(pair => WordLists.File(folder, pair.Key, pair.Value))
            .Prepend(new OutputFile(SiteUrls.SearchOrdinaryWordsOutputPathIn(folder), ordinary))
            .Prepend(new OutputFile(SiteUrls.SearchVocabularyOutputPathIn(folder), vocabulary));
    }

    /// <summary>How many of the documents use each word (of at least <see cref="MinTermLength"/> letters).</summary>
    public static IReadOnlyDictionary<string, int> PagesPerWord(IEnumerable<string> documents) => PagesPerWordOf(documents.Select(DistinctWords));

    /// <summary>How many pages use each word, from each page's <see cref="DistinctWords"/>.</summary>
    private static Dictionary<string, int> PagesPerWordOf(IEnumerable<string[]> wordsOfEachPage)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in wordsOfEachPage.SelectMany(words => words))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;
        }

        return counts;
    }

    /// <summary>
    /// The words of a document, each once, in the order first used: the words <see cref="Words"/> gives, read in place.
    /// Every word of every page is read (about five million on 5,000 articles), so each is lower-cased into one reused
    /// buffer and looked up as a span: only a word new to the document becomes a string. A change to what a word is
    /// belongs in both.
    /// </summary>
    public static string[] DistinctWords(string document)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var known = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in LoweredWords(document, stackalloc char[64]))
        {
            known.Add(word);
        }

        return [.. words];
    }

    /// <summary>
    /// The words <see cref="Words"/> gives, each lower-cased into <paramref name="buffer"/> (a longer word into an array
    /// of its own) and handed over as a span, valid until the next: only a word the caller keeps becomes a string.
    /// </summary>
    public static LoweredWordSpans LoweredWords(string text, Span<char> buffer, int minLength = MinTermLength) =>
        new(text, Word().EnumerateMatches(text), buffer, minLength);

    /// <summary>
    /// The distinct words, those found in the most documents first (a correction should prefer a common
    /// word), then alphabetically so that the output is deterministic.
    /// </summary>
    public static IReadOnlyList<string> SiteTerms(IReadOnlyDictionary<string, int> pagesPerWord) =>
        pagesPerWord
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(MaxTerms)
            .Select(pair => pair.Key)
            .ToList();

    /// <summary>The words on at least <see cref="EverywhereShare"/> of the pages of a large enough site, alphabetically.</summary>
    public static IReadOnlyList<string> EverywhereWords(IReadOnlyDictionary<string, int> pagesPerWord, int pageCount) =>
        WordsOnShare(pagesPerWord, pageCount, EverywhereShare, MinPagesForEverywhereWords);

    /// <summary>The words on at least <see cref="CommonShare"/> of the pages of a large enough site, alphabetically.</summary>
    public static IReadOnlyList<string> CommonWords(IReadOnlyDictionary<string, int> pagesPerWord, int pageCount) =>
        WordsOnShare(pagesPerWord, pageCount, CommonShare, MinPagesForEverywhereWords);

    /// <summary>
    /// The words on at least <see cref="EverywhereShare"/> of the pages of a site of <see cref="MinPagesForWidespreadWords"/>
    /// pages or more, alphabetically. Unlike the everywhere words, which are left out of a query to spare their download,
    /// these are still searched; they only say nothing of what a query is about ("after", "doctor", "shots"), so the
    /// search box runs no looser search without another word (README "Search", looser searches).
    /// </summary>
    public static IReadOnlyList<string> WidespreadWords(IReadOnlyDictionary<string, int> pagesPerWord, int pageCount) =>
        WordsOnShare(pagesPerWord, pageCount, EverywhereShare, MinPagesForWidespreadWords);

    private static IReadOnlyList<string> WordsOnShare(IReadOnlyDictionary<string, int> pagesPerWord, int pageCount, double share, int minPages) =>
        pageCount < minPages
            ? []
            : pagesPerWord
                .Where(pair => pair.Value >= share * pageCount)
                .Select(pair => pair.Key)
                .Order(StringComparer.Ordinal)
                .ToList();

    /// <summary>The words of <paramref name="text"/> that search knows: lower case, at least <paramref name="minLength"/> letters.</summary>
    public static IEnumerable<string> Words(string text, int minLength = MinTermLength) =>
        Word().Matches(text).Select(match => match.Value.ToLowerInvariant()).Where(word => word.Length >= minLength);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}

/// <summary>The words of a text, lower case, as spans (<see cref="SearchVocabulary.LoweredWords"/>).</summary>
public ref struct LoweredWordSpans(string text, Regex.ValueMatchEnumerator matches, Span<char> buffer, int minLength)
{
    private Regex.ValueMatchEnumerator _matches = matches;
    private readonly Span<char> _buffer = buffer;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly LoweredWordSpans GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_matches.MoveNext())
        {
            var match = _matches.Current;
            if (match.Length < minLength)
            {
                continue;
            }

            var word = match.Length <= _buffer.Length ? _buffer[..match.Length] : new char[match.Length];
            text.AsSpan(match.Index, match.Length).ToLowerInvariant(word);
            Current = word;
            return true;
        }

        return false;
    }
}

/// <summary>The glossary page's title and its entries, as the search box's vocabulary gives them.</summary>
public sealed record SearchGlossary(string Title, IReadOnlyList<SearchGlossaryEntry> Entries);

/// <summary>One glossary entry: the term and its synonyms, the address of its section, and its definition.</summary>
public sealed record SearchGlossaryEntry(IReadOnlyList<string> Names, string Url, string Definition);

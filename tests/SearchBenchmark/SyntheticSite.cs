using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using Markdig.Helpers;

namespace KnowledgeBase.SearchBenchmark;

/// <summary>
/// Writes a site of many articles whose text follows a Zipf distribution over the real articles' words plus
/// made-up ones, so the index grows as a real site's would: a few very common words and a long tail. Each article has
/// a Spanish translation written the same way from the real Spanish articles' words, so that the Spanish edition and
/// its index are as large as the English. The same seed always writes the same site.
/// </summary>
public sealed class SyntheticSite(string repositoryRoot, string root)
{
    private const int MadeUpWords = 20_000;

    /// <summary>
    /// What in an article file is not its prose: heading ids, link addresses, citation keys, front matter field names
    /// and lists of ids ("[editorial-team]"), all in English in every language ("{#side-effects}"), which would teach
    /// the Spanish pool English words.
    /// </summary>
    private static readonly Regex NotProse = new(@"\{#[^}]*\}|\]\([^)]*\)|@[\w-]+|^\s*-?\s*\w+:|\[[a-z0-9_, -]*-[a-z0-9_, -]*\]", RegexOptions.Multiline);
    private static readonly string[] Syllables = ["ba", "ce", "di", "fo", "gu", "ha", "ke", "li", "mo", "nu", "pa", "re", "si", "to", "vu", "xa", "ze", "lo", "mi", "ra"];

    public string Root { get; } = root;

    public void Write(int articles, int seed = 20261125)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(Path.Combine(Root, "content", "articles"));
        CopyFolder(Path.Combine(repositoryRoot, "templates"), Path.Combine(Root, "templates"));
        CopyFolder(Path.Combine(repositoryRoot, "i18n"), Path.Combine(Root, "i18n"));
        File.WriteAllText(Path.Combine(Root, "site.yml"), SiteSettingsWithoutQuestions());
        File.Copy(Path.Combine(repositoryRoot, "content", "synonyms.yml"), Path.Combine(Root, "content", "synonyms.yml"));
        File.Copy(Path.Combine(repositoryRoot, "content", "synonyms.es.yml"), Path.Combine(Root, "content", "synonyms.es.yml"));
        File.Copy(Path.Combine(repositoryRoot, "content", "people.yml"), Path.Combine(Root, "content", "people.yml"));
        var english = new ZipfText(random, WordPool(random, "*.md", file => !IsTranslation(file)));
        // A generator of its own, so that the English articles do not depend on the Spanish ones.
        var spanishRandom = new Random(seed + 1);
        var spanish = new ZipfText(spanishRandom, WordPool(spanishRandom, "*.es.md", IsTranslation));

        for (var n = 0; n < articles; n++)
        {
            var text = new StringBuilder();
            var title = Capitalise(english.Sentence(4, 9));
            text.Append("---\n")
                .Append("title: \"").Append(title).Append("\"\n")
                .Append("summary: \"").Append(Capitalise(english.Sentence(15, 30))).Append(".\"\n")
                .Append("tags: [synthetic]\n")
                .Append("authors: [editorial-team]\n")
                .Append("reviewed_by: []\n")
                .Append("published: 2026-10-01\n")
                .Append("updated: 2026-11-01\n")
                .Append("last_reviewed: 2026-11-01\n")
                .Append("next_review: 2027-11-01\n")
                .Append("sources_searched: 2026-10-15\n")
                .Append("---\n");
            for (var section = 0; section < random.Next(5, 10); section++)
            {
                text.Append("\n## ").Append(Capitalise(english.Sentence(2, 6))).Append(" ").Append(section + 1).Append('\n');
                for (var paragraph = 0; paragraph < random.Next(2, 4); paragraph++)
                {
                    text.Append('\n').Append(Capitalise(english.Sentence(30, 70))).Append(".\n");
                }
            }

            var name = $"synthetic-{n.ToString("D5", CultureInfo.InvariantCulture)}";
            var englishBytes = Encoding.UTF8.GetBytes(text.ToString());
            File.WriteAllBytes(Path.Combine(Root, "content", "articles", name + ".md"), englishBytes);
            File.WriteAllText(Path.Combine(Root, "content", "articles", name + ".es.md"), Translation(spanish, n, RevisionStamp.Of(englishBytes), text.ToString()));
        }
    }

    /// <summary>
    /// A Spanish article of Spanish words in the shape of <paramref name="englishText"/>: a section for each English
    /// heading, with its id (translations keep the English ids), stamped with the English file's revision so that it
    /// is current.
    /// </summary>
    private static string Translation(ZipfText spanish, int n, string revision, string englishText)
    {
        var text = new StringBuilder();
        text.Append("---\n")
            .Append("title: \"").Append(Capitalise(spanish.Sentence(4, 9))).Append("\"\n")
            .Append("slug: sintetico-").Append(n.ToString("D5", CultureInfo.InvariantCulture)).Append('\n')
            .Append("summary: \"").Append(Capitalise(spanish.Sentence(15, 30))).Append(".\"\n")
            .Append("translation_of:\n  revision: ").Append(revision).Append("\n  date: 2026-11-01\n")
            .Append("translated_by: [editorial-team]\n")
            .Append("---\n");
        foreach (var heading in englishText.Split('\n').Where(line => line.StartsWith("## ", StringComparison.Ordinal)))
        {
            var number = heading[(heading.LastIndexOf(' ') + 1)..];
            text.Append("\n## ").Append(Capitalise(spanish.Sentence(2, 6))).Append(' ').Append(number)
                .Append(" {#").Append(LinkHelper.UrilizeAsGfm(heading[3..])).Append("}\n");
            for (var paragraph = 0; paragraph < spanish.Next(2, 4); paragraph++)
            {
                text.Append('\n').Append(Capitalise(spanish.Sentence(30, 70))).Append(".\n");
            }
        }

        return text.ToString();
    }

    private static bool IsTranslation(string file) => file.EndsWith(".es.md", StringComparison.Ordinal);

    /// <summary>Words drawn from a pool by a Zipf distribution: a few very common words and a long tail.</summary>
    private sealed class ZipfText(Random random, List<string> words)
    {
        private readonly double[] _cumulative = ZipfCumulative(words.Count);

        public int Next(int min, int max) => random.Next(min, max);

        public string Sentence(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => Word()));

        private string Word()
        {
            var index = Array.BinarySearch(_cumulative, random.NextDouble());
            return words[index < 0 ? ~index : index];
        }
    }

    /// <summary>The words of the prose of the real articles <paramref name="pattern"/> and <paramref name="wanted"/> name, most common first, then made-up words for the long tail.</summary>
    private List<string> WordPool(Random random, string pattern, Func<string, bool> wanted)
    {
        var real = Directory.EnumerateFiles(Path.Combine(repositoryRoot, "content", "articles"), pattern)
            .Where(wanted)
            .Order(StringComparer.Ordinal)
            .SelectMany(file => NotProse.Replace(File.ReadAllText(file), " ").Split([' ', '\n', '.', ',', '(', ')', '[', ']', ':', ';', '?', '"', '*', '#', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.All(char.IsLetter))
            .Select(word => word.ToLowerInvariant())
            .CountBy(word => word)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key);
        var madeUp = Enumerable.Range(0, MadeUpWords)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)])));
        return real.Concat(madeUp).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The repository's site.yml without the home page's questions, which link to sections of the real articles.</summary>
    private string SiteSettingsWithoutQuestions()
    {
        var kept = new StringBuilder();
        var skipping = false;
        foreach (var line in File.ReadAllLines(Path.Combine(repositoryRoot, "site.yml")))
        {
            skipping = line.StartsWith("questions:", StringComparison.Ordinal) || (skipping && (line.Length == 0 || line[0] is ' ' or '#'));
            if (!skipping)
            {
                kept.Append(line).Append('\n');
            }
        }

        return kept.ToString();
    }

    private static double[] ZipfCumulative(int count)
    {
        var weights = Enumerable.Range(1, count).Select(rank => 1.0 / rank).ToArray();
        var total = weights.Sum();
        var cumulative = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += weights[i] / total;
            cumulative[i] = sum;
        }

        cumulative[^1] = 1.0;
        return cumulative;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

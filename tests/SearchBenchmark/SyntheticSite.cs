using System.Globalization;
using System.Text;

namespace KnowledgeBase.SearchBenchmark;

/// <summary>
/// Writes a site of many articles whose text follows a Zipf distribution over the real articles' words plus
/// made-up ones, so the index grows as a real site's would: a few very common words and a long tail.
/// The same seed always writes the same site.
/// </summary>
public sealed class SyntheticSite(string repositoryRoot, string root)
{
    private const int MadeUpWords = 20_000;
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
        File.Copy(Path.Combine(repositoryRoot, "content", "people.yml"), Path.Combine(Root, "content", "people.yml"));
        var words = WordPool(random);
        var cumulative = ZipfCumulative(words.Count);
        string Word()
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble());
            return words[index < 0 ? ~index : index];
        }

        string Sentence(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => Word()));

        for (var n = 0; n < articles; n++)
        {
            var text = new StringBuilder();
            var title = Capitalise(Sentence(4, 9));
            text.Append("---\n")
                .Append("title: \"").Append(title).Append("\"\n")
                .Append("summary: \"").Append(Capitalise(Sentence(15, 30))).Append(".\"\n")
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
                text.Append("\n## ").Append(Capitalise(Sentence(2, 6))).Append(" ").Append(section + 1).Append('\n');
                for (var paragraph = 0; paragraph < random.Next(2, 4); paragraph++)
                {
                    text.Append('\n').Append(Capitalise(Sentence(30, 70))).Append(".\n");
                }
            }

            File.WriteAllText(Path.Combine(Root, "content", "articles", $"synthetic-{n.ToString("D5", CultureInfo.InvariantCulture)}.md"), text.ToString());
        }
    }

    /// <summary>The real articles' words, most common first, then made-up words for the long tail.</summary>
    private List<string> WordPool(Random random)
    {
        var real = Directory.EnumerateFiles(Path.Combine(repositoryRoot, "content", "articles"), "*.md")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadAllText(file).Split([' ', '\n', '.', ',', '(', ')', '[', ']', ':', ';', '?', '"', '*', '#', '-'], StringSplitOptions.RemoveEmptyEntries))
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

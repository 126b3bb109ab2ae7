using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// A named file of judged queries: a tuning set, which ranking may be tuned on, or a held-out set, which it never is;
/// with every judged target and its line, so a target the site does not have can be pointed to in the file, and the
/// search page its queries are typed into (<c>search_page:</c>, the English <c>/search/</c> unless the file says).
/// </summary>
public sealed partial record JudgementSet(string Name, string FilePath, IReadOnlyList<JudgedQuery> Queries, IReadOnlyList<JudgedTarget> Targets)
{
    public const string TuningName = "tuning";

    /// <summary>A second tuning set, written blind by a writer who never tuned, measured once before any ranking change is made on it.</summary>
    public const string SecondTuningName = "tuning-2";

    /// <summary>A third tuning set, written blind by a writer who never tuned, measured once before ranking is tuned on it.</summary>
    public const string ThirdTuningName = "tuning-3";

    /// <summary>A fourth tuning set, written blind by a writer who never tuned, measured once before ranking is tuned on it.</summary>
    public const string FourthTuningName = "tuning-4";

    public const string HeldOutName = "held-out";

    /// <summary>A second held-out set, written blind after the first had been looked at.</summary>
    public const string SecondHeldOutName = "held-out-2";

    /// <summary>A third held-out set, written blind after the first two had been looked at.</summary>
    public const string ThirdHeldOutName = "held-out-3";

    /// <summary>A fourth held-out set, written blind by a writer who never tuned, after the first three had been looked at.</summary>
    public const string FourthHeldOutName = "held-out-4";

    /// <summary>A fifth held-out set, written blind by a writer who never tuned, after the first four had been looked at.</summary>
    public const string FifthHeldOutName = "held-out-5";

    /// <summary>A sixth held-out set, written blind by a writer who never tuned, after the first five had been looked at.</summary>
    public const string SixthHeldOutName = "held-out-6";

    /// <summary>A seventh held-out set, written blind by a writer who never tuned, after the first six had been looked at.</summary>
    public const string SeventhHeldOutName = "held-out-7";

    /// <summary>An eighth held-out set, written blind by a writer who never tuned, after the first seven had been looked at.</summary>
    public const string EighthHeldOutName = "held-out-8";

    /// <summary>A ninth held-out set, written blind by a writer who never tuned, after the first eight had been looked at.</summary>
    public const string NinthHeldOutName = "held-out-9";

    /// <summary>A tuning set typed into the Spanish search page, written blind by a writer who never tuned, measured once before ranking is tuned on it.</summary>
    public const string SpanishTuningName = "tuning-es";

    /// <summary>A held-out set typed into the Spanish search page, written blind with the Spanish tuning set.</summary>
    public const string SpanishHeldOutName = "held-out-es";

    /// <summary>The search page a set's queries are typed into when its file names none.</summary>
    public const string DefaultSearchPage = "/search/";

    /// <summary>Every set the evaluation knows, the tuning sets first.</summary>
    public static IReadOnlyList<string> Names { get; } = [TuningName, SecondTuningName, ThirdTuningName, FourthTuningName, SpanishTuningName, HeldOutName, SecondHeldOutName, ThirdHeldOutName, FourthHeldOutName, FifthHeldOutName, SixthHeldOutName, SeventhHeldOutName, EighthHeldOutName, NinthHeldOutName, SpanishHeldOutName];

    /// <summary>The folder of judgement files, under the repository's tests.</summary>
    public static string Folder(string repository) => Path.Combine(repository, "tests", "KnowledgeBase.Tests", "Search", "judgements");

    /// <summary>The address of the search page the queries are typed into: <c>/search/</c>, or a language's (<c>/es/search/</c>).</summary>
    public string SearchPage { get; init; } = DefaultSearchPage;

    /// <summary>The line of the file that names <see cref="SearchPage"/>, 0 when the file names none.</summary>
    public int SearchPageLine { get; init; }

    public static JudgementSet Load(string repository, string name) => LoadFile(Path.Combine(Folder(repository), name + ".yml"));

    /// <summary>
    /// A set from any file, named by the file's name without ".yml". A top-level key other than <c>queries</c> and
    /// <c>search_page</c>, or a <c>search_page</c> that is not a search page's address, is refused with an
    /// <see cref="InvalidDataException"/> naming the file, line and column: a mistyped key would otherwise type a set
    /// into the English page unnoticed.
    /// </summary>
    public static JudgementSet LoadFile(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        if (root.Children.Keys.FirstOrDefault(key => key is not YamlScalarNode { Value: "queries" or "search_page" }) is { } unknown)
        {
            throw Refused(path, unknown, $"unknown key '{(unknown as YamlScalarNode)?.Value}' (a set has 'queries' and may have 'search_page')");
        }

        var searchPage = DefaultSearchPage;
        var searchPageLine = 0;
        if (root.Children.TryGetValue("search_page", out var page))
        {
            searchPage = (page as YamlScalarNode)?.Value ?? "";
            if (!SearchPageAddress().IsMatch(searchPage))
            {
                throw Refused(path, page, $"search_page '{searchPage}' is not a search page (/search/, or a language's such as /es/search/)");
            }

            searchPageLine = (int)page.Start.Line;
        }

        var items = ((YamlSequenceNode)root["queries"]).Children.Cast<YamlMappingNode>().ToList();
        return new JudgementSet(Path.GetFileNameWithoutExtension(path), path, items.Select(Read).ToList(), items.SelectMany(TargetsOf).ToList())
        {
            SearchPage = searchPage,
            SearchPageLine = searchPageLine,
        };
    }

    private static InvalidDataException Refused(string path, YamlNode node, string problem) =>
        new($"{path}:{node.Start.Line}:{node.Start.Column}: {problem}");

    // The English search page, or a language's under its folder (site.yml 'languages:').
    [GeneratedRegex("^/([a-z]{2}/)?search/$")]
    private static partial Regex SearchPageAddress();

    private static JudgedQuery Read(YamlMappingNode item)
    {
        var relevant = Relevant(item)
            .ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => int.Parse(((YamlScalarNode)pair.Value).Value!, System.Globalization.CultureInfo.InvariantCulture));
        return new JudgedQuery(Text(item, "query"), Text(item, "kind"), relevant, Text(item, "nothing") == "true");
    }

    private static IEnumerable<JudgedTarget> TargetsOf(YamlMappingNode item) =>
        Relevant(item).Select(pair => new JudgedTarget(Text(item, "query"), ((YamlScalarNode)pair.Key).Value!, (int)pair.Key.Start.Line));

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Relevant(YamlMappingNode item) =>
        item.Children.TryGetValue("relevant", out var targets) ? ((YamlMappingNode)targets).Children : [];

    private static string Text(YamlMappingNode item, string key) => item.Children.TryGetValue(key, out var node) ? ((YamlScalarNode)node).Value ?? "" : "";
}

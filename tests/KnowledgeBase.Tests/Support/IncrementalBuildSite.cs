using CsCheck;
using KnowledgeBase.Building;
using KnowledgeBase.Tests.Citations;

namespace KnowledgeBase.Tests.Support;

/// <summary>The kinds of edit an editor makes between two builds.</summary>
public enum EditKind
{
    Nothing,
    Body,
    Title,
    Tags,
    Uses,
    Source,
    Glossary,
    Settings,
    Template,
    Delete,
    Add,
    Rename,
}

/// <summary>One edit: its kind, which article it picks (modulo how many there are) and a number to write.</summary>
public readonly record struct SiteEdit(EditKind Kind, int Pick, int Word);

/// <summary>
/// A small site of articles citing a source, with a glossary, for the property that an incremental build's output
/// is a clean build's: edits are applied by number, so a seed always gives the same sequence. Built with drafts, as
/// serve builds, so that a deleted or renamed article needs no redirect.
/// </summary>
public sealed class IncrementalBuildSite : IDisposable
{
    private static readonly string[] Evidence = ["very-low", "low", "moderate"];

    private readonly TestSite _site = new(withSampleArticle: false);
    private readonly bool _precompress;
    private readonly List<ArticleText> _articles = [];
    private readonly string _layout;
    private int _nextNumber;

    public IncrementalBuildSite(int articles = 4, bool precompress = false)
    {
        _precompress = precompress;
        _layout = File.ReadAllText(Path.Combine(Root, "templates/layout.html"));
        _site.Write("content/references/park2008.md", CitationSample.Park);
        _site.Write("content/glossary.yml", Glossary(0));
        for (var i = 0; i < articles; i++)
        {
            AddArticle();
        }
    }

    public string Root => _site.Root;

    public string Output => _site.Output;

    /// <summary>
    /// The edits of the run with <paramref name="seed"/>: every kind once in a shuffled order, then kinds drawn at
    /// random, each with a random article and number.
    /// </summary>
    public static IReadOnlyList<SiteEdit> Edits(ulong seed, int count)
    {
        var kinds = Enum.GetValues<EditKind>();
        var edits = Gen.Select(Gen.Shuffle(kinds), Gen.Enum<EditKind>().Array[Math.Max(0, count - kinds.Length)], Gen.Int[0, 1000].Array[count], Gen.Int[0, 1000].Array[count],
            (shuffled, drawn, picks, words) => shuffled.Concat(drawn).Take(count).Select((kind, i) => new SiteEdit(kind, picks[i], words[i])).ToList());
        return edits.Generate(new PCG(1, seed), null, out _);
    }

    public BuildResult Build(bool drafts = true) => new SiteBuilder(TestSite.Clock).Build(new BuildOptions(Root, Output, IncludeDrafts: drafts, Precompress: _precompress));

    public void Apply(SiteEdit edit)
    {
        var index = edit.Pick % _articles.Count;
        var article = _articles[index];
        switch (edit.Kind)
        {
            case EditKind.Body:
                Rewrite(index, article with { Body = $"This article is for testing, edition {edit.Word}." });
                break;
            case EditKind.Title:
                Rewrite(index, article with { Title = $"What is sample {article.Number} in edition {edit.Word}?" });
                break;
            case EditKind.Tags:
                Rewrite(index, article with { Tags = edit.Word % 2 == 0 ? "basics" : $"basics, topic-{edit.Word % 3}" });
                break;
            case EditKind.Uses:
                Rewrite(index, article with { Evidence = Evidence[edit.Word % Evidence.Length] });
                break;
            case EditKind.Source:
                _site.Write("content/references/park2008.md", CitationSample.Park.Replace("untreated thigh.", $"untreated thigh after {edit.Word % 50 + 2} weeks.", StringComparison.Ordinal));
                break;
            case EditKind.Glossary:
                _site.Write("content/glossary.yml", Glossary(edit.Word));
                break;
            case EditKind.Settings:
                _site.Write("site.yml", TestSite.SiteYml.Replace("A test site.", $"A test site, edition {edit.Word}.", StringComparison.Ordinal) + $"\nrepository: {TestSite.Repository}\n");
                break;
            case EditKind.Template:
                _site.Write("templates/layout.html", _layout.Replace("</body>", $"<!-- edition {edit.Word} --></body>", StringComparison.Ordinal));
                break;
            case EditKind.Delete when _articles.Count > 1:
                File.Delete(PathOf(article));
                _articles.RemoveAt(index);
                break;
            case EditKind.Delete or EditKind.Add:
                AddArticle();
                break;
            case EditKind.Rename:
                var renamed = article with { Name = $"article-{_nextNumber++}" };
                File.Move(PathOf(article), PathOf(renamed));
                _articles[index] = renamed;
                break;
        }
    }

    /// <summary>Builds the site clean into another folder and names the files whose bytes differ, or null when none do.</summary>
    public string? DifferenceFromACleanBuild()
    {
        var clean = Path.Combine(Root, "clean");
        var result = new SiteBuilder(TestSite.Clock).Build(new BuildOptions(Root, clean, IncludeDrafts: true, Precompress: _precompress));
        if (!result.Succeeded || result.CacheUse?.StartsWith("clean build", StringComparison.Ordinal) != true)
        {
            return $"the clean build failed or was not clean: {result.CacheUse}\n{string.Join('\n', result.Diagnostics)}";
        }

        var expected = OutputTree.Hashes(clean);
        Directory.Delete(clean, recursive: true);
        var actual = OutputTree.Hashes(Output);
        var differing = expected.Keys.Union(actual.Keys).Where(path => expected.GetValueOrDefault(path) != actual.GetValueOrDefault(path)).Order(StringComparer.Ordinal).ToList();
        return differing.Count == 0 ? null : $"{differing.Count} files differ from a clean build's: {string.Join(", ", differing.Take(10))}";
    }

    public void Dispose() => _site.Dispose();

    private void AddArticle()
    {
        var number = _nextNumber++;
        var article = new ArticleText($"article-{number}", number, $"What is sample {number}?", "This article is for testing.", "basics", "very-low");
        _articles.Add(article);
        _site.Write(Relative(article), article.Text);
    }

    private void Rewrite(int index, ArticleText article)
    {
        _articles[index] = article;
        _site.Write(Relative(article), article.Text);
    }

    private string PathOf(ArticleText article) => Path.Combine(Root, Relative(article));

    private static string Relative(ArticleText article) => $"content/articles/{article.Name}.md";

    private static string Glossary(int edition) =>
        $"- term: Dermis\n  definition: The middle layer of skin, edition {edition}.\n  synonyms: [skin]\n";

    private sealed record ArticleText(string Name, int Number, string Title, string Body, string Tags, string Evidence)
    {
        public string Text => $"""
            ---
            title: {Title}
            summary: A short article used by the tests.
            tags: [{Tags}]
            {TestSite.ArticleMeta.TrimEnd()}
            uses:
              - name: Fat loss
                evidence: {Evidence}
                verdict: No more fat loss than in the untreated thigh.
                refs: [park2008]
            ---
            {Body} It cites a study [@park2008].

            ## How it is done

            Small injections into the dermis.
            """;
    }
}

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A site whose lists are one item longer than a page holds, so that each list is split in two: <see cref="Count"/>
/// articles with one tag, each grading one use, citing a source of its own and using the one glossary term. Its
/// home page, topic page, bibliography and evidence page each have a second page. As a class fixture it is built once for the tests of a class.
/// </summary>
public sealed class LongListSite : IDisposable
{
    public const int Count = KnowledgeBase.Render.ListPages.PageSize + 1;

    private readonly TestSite _site = Create();

    public LongListSite()
    {
        _site.Build().ShouldHaveBuilt("The long list site");
    }

    public string Root => _site.Root;

    public string Output => _site.Output;

    public void Dispose() => _site.Dispose();

    /// <summary>The site path of every HTML page of the output, such as "/references/page/2/" or "/404.html".</summary>
    public IReadOnlyList<string> Pages() =>
        Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(Output, file).Replace('\\', '/'))
            .Select(path => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path == "/index.html" ? "/" : path)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static TestSite Create()
    {
        var site = new TestSite(withSampleArticle: false);
        site.Write("content/glossary.yml", "- term: Trial\n  definition: A study that tests a treatment on people.\n  refs: [source001]\n");
        for (var number = 1; number <= Count; number++)
        {
            site.Write($"content/references/source{number:000}.md", $"""
                ---
                type: journal-article
                authors: [Author{number:000} A]
                title: Trial {number} of the treatment
                container: A Journal
                year: {2000 + number % 25}
                doi: 10.1000/trial.{number}
                verification: full
                citation_status: cite
                ---
                A small trial.
                """);
            site.Write($"content/articles/note-{number:000}.md", $"""
                ---
                title: Treatment note {number}
                summary: Note {number} on how the treatment is given.
                tags: [notes]
                {TestSite.ArticleMeta.TrimEnd()}
                reviewed_by: []
                uses:
                  - name: Use {number}
                    evidence: {(number % 2 == 0 ? "low" : "moderate")}
                    verdict: A small trial found a small effect.
                    refs: [source{number:000}]
                ---
                A small trial looked at the treatment [@source{number:000}].
                """);
        }

        return site;
    }
}

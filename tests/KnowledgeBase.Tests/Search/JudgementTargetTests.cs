using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.SearchEvaluation;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

/// <summary>
/// The judgement files against the real site, built once: a judged page or section the site does not have can never
/// be found, so a mistyped target would count against search, and a file the evaluation does not know is never run.
/// </summary>
public sealed class JudgementTargetTests(RealSite site) : IClassFixture<RealSite>
{
    private readonly HtmlParser _parser = new();
    private readonly Dictionary<string, IHtmlDocument?> _pages = [];

    public static TheoryData<string> SetNames => [.. JudgementSet.Names];

    [Fact]
    public void Every_judgement_file_is_a_set_the_evaluation_runs()
    {
        Directory.EnumerateFiles(JudgementSet.Folder(RepositoryPaths.Root), "*.yml")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ShouldBe(JudgementSet.Names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Every_judged_page_and_section_is_one_the_built_site_has(string setName)
    {
        var targets = JudgementSet.Load(RepositoryPaths.Root, setName).Queries.SelectMany(query => query.Relevant.Keys).Distinct().ToList();

        targets.ShouldNotBeEmpty();
        targets.Where(target => !SiteHas(target)).ShouldBeEmpty($"targets in {setName}.yml that the built site does not have");
    }

    private bool SiteHas(string target)
    {
        var parts = target.Split('#', 2);
        if (!parts[0].StartsWith('/') || !parts[0].EndsWith('/'))
        {
            return false;
        }

        var page = Page(parts[0]);
        return page is not null && (parts.Length == 1 || page.GetElementById(parts[1]) is not null);
    }

    private IHtmlDocument? Page(string path)
    {
        if (!_pages.TryGetValue(path, out var page))
        {
            var file = Path.Combine(site.Output, path.Trim('/'), "index.html");
            page = File.Exists(file) ? _parser.ParseDocument(File.ReadAllText(file)) : null;
            _pages[path] = page;
        }

        return page;
    }
}

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
    private readonly BuiltSitePages _pages = new(site.Output);

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
        var set = JudgementSet.Load(RepositoryPaths.Root, setName);

        set.Targets.ShouldNotBeEmpty();
        _pages.Missing(set, RepositoryPaths.Root).ShouldBeEmpty();
    }
}

using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

public sealed class SearchQueryScriptTests
{
    /// <summary>The ranking, expansion and correction logic is plain JavaScript; its own tests run under node's test runner.</summary>
    [Fact]
    public async Task Search_query_logic_passes_its_node_tests()
    {
        var (exitCode, output, errors) = await NodeProcess.RunAsync("--test", "tests/KnowledgeBase.Tests/Search/");

        output.ShouldContain("# fail 0", customMessage: output + errors);
        output.ShouldNotContain("# pass 0");
        exitCode.ShouldBe(0, output + errors);
    }
}

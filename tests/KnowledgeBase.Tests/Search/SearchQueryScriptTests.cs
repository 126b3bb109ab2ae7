using System.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

public sealed class SearchQueryScriptTests
{
    /// <summary>The ranking, expansion and correction logic is plain JavaScript; its own tests run under node's test runner.</summary>
    [Fact]
    public async Task Search_query_logic_passes_its_node_tests()
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { "--test", "tests/KnowledgeBase.Tests/Search/" },
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);

        output.ShouldContain("# fail 0", customMessage: output + errors);
        output.ShouldNotContain("# pass 0");
        node.ExitCode.ShouldBe(0, output + errors);
    }
}

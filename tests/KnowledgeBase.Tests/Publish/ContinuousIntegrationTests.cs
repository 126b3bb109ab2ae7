using KnowledgeBase.Cli;
using KnowledgeBase.Tests.Support;
using Shouldly;
using Spectre.Console;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Tests.Publish;

public sealed class ContinuousIntegrationTests
{
    private static readonly string Workflows = Path.Combine(RepositoryPaths.Root, ".github", "workflows");

    [Fact]
    public void Pull_requests_get_the_strict_check_as_annotations_then_ci_run_then_a_build_uploaded_as_an_artifact()
    {
        var workflow = Load("ci.yml");

        Mapping(workflow, "on").Children.Keys.Select(Text).ShouldContain("pull_request");
        var runs = Steps(workflow).Select(step => Scalar(step, "run")).OfType<string>().ToList();
        runs.ShouldBe([
            "dotnet run --project generator -- check --strict --format github",
            "bash .ci/run",
            "dotnet run --project generator -- build --output _site",
        ]);
        var upload = Steps(workflow).Single(step => Scalar(step, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Scalar(Mapping(upload, "with"), "path").ShouldBe("_site");
    }

    [Fact]
    public void Publishing_runs_the_same_strict_check_and_ci_run_before_it_builds()
    {
        var runs = Steps(Load("publish.yml")).Select(step => Scalar(step, "run")).OfType<string>().ToList();

        runs.Take(2).ShouldBe(["dotnet run --project generator -- check --strict --format github", "bash .ci/run"]);
    }

    [Fact]
    public void The_strict_check_the_workflows_run_passes_on_the_real_content()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Out = new AnsiConsoleOutput(output) });

        var exitCode = new CommandLineApp(console, TestSite.Clock).Run(["check", "--strict", "--format", "github", "--root", RepositoryPaths.Root]);

        exitCode.ShouldBe(ExitCodes.Ok, output.ToString());
        output.ToString().ShouldNotContain("::error");
    }

    [Fact]
    public void Ci_run_ends_with_the_readme_test_command()
    {
        var script = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".ci", "run")).Where(line => line.Trim().Length > 0).ToList();

        script.Last().ShouldBe("dotnet test");
    }

    [Fact]
    public void The_pull_request_template_asks_for_the_editorial_checklist()
    {
        var template = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "pull_request_template.md"));

        template.Split('\n').Count(line => line.StartsWith("- [ ] ", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(8);
        template.ShouldSatisfyAllConditions(
            () => template.ShouldContain("check --strict"),
            () => template.ShouldContain("[@key]"),
            () => template.ShouldContain("reading grade 8"),
            () => template.ShouldContain("text alternative"));
    }

    private static YamlMappingNode Load(string file)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Workflows, file));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.ShouldHaveSingleItem().RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        Mapping(workflow, "jobs").Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) ? ((YamlSequenceNode)steps).Children : [])
            .Cast<YamlMappingNode>();

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value!;
}

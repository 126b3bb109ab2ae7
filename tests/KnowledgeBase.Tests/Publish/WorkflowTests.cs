using KnowledgeBase.Cli;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Shouldly;
using Spectre.Console;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Tests.Publish;

/// <summary>
/// The GitHub workflows run what .ci/run runs, and .ci/run runs exactly the README's test command, so a pull
/// request, a publish and a newcomer all check the same things.
/// </summary>
public sealed class WorkflowTests
{
    [Fact]
    public void Ci_script_installs_what_it_needs_and_then_runs_exactly_the_readmes_test_command()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        readme.ShouldContain("```sh\ndotnet test\n```", customMessage: "the README gives the test command in a block of its own");
        var script = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".ci/run"))
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#')).ToList();

        script[^1].ShouldBe("dotnet test");
        script.ShouldContain(line => line.Contains("apt-get install", StringComparison.Ordinal) && line.Contains("chromium", StringComparison.Ordinal));
    }

    [Fact]
    public void Pull_requests_get_the_strict_check_as_annotations_then_the_ci_script_then_the_built_site_as_an_artifact()
    {
        var workflow = Workflow("ci.yml");

        Mapping(workflow, "on").Children.Keys.Select(key => key.ToString()).ShouldContain("pull_request");
        RunSteps(workflow).ShouldBe([
            "dotnet run --project generator -- check --strict --format github",
            "bash .ci/run",
            "dotnet run --project generator -- build --output _site",
        ]);
        var upload = Steps(workflow).Single(step => step.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Mapping(upload, "with")["path"].ToString().ShouldBe("_site");
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

    [Fact]
    public void Publishing_checks_strictly_tests_builds_for_the_pages_address_and_its_repository_and_deploys_without_racing()
    {
        var workflow = Workflow("publish.yml");

        Mapping(workflow, "on")["push"]["branches"].ShouldBeOfType<YamlSequenceNode>().Children.Select(branch => branch.ToString()).ShouldBe(["main"]);
        var permissions = Mapping(workflow, "permissions");
        permissions["pages"].ToString().ShouldBe("write");
        permissions["id-token"].ToString().ShouldBe("write");
        var concurrency = Mapping(workflow, "concurrency");
        concurrency["group"].ToString().ShouldNotBeEmpty();
        concurrency["cancel-in-progress"].ToString().ShouldBe("false", "a deploy must never be cancelled halfway");

        var runs = RunSteps(workflow);
        var check = runs.FindIndex(run => run == "dotnet run --project generator -- check --strict --format github");
        var tests = runs.FindIndex(run => run.Contains("bash .ci/run", StringComparison.Ordinal));
        var build = runs.FindIndex(run => run.Contains("-- build", StringComparison.Ordinal) && run.Contains("--base-url", StringComparison.Ordinal));
        check.ShouldBeGreaterThanOrEqualTo(0);
        tests.ShouldBeGreaterThan(check);
        build.ShouldBeGreaterThan(tests);
        runs[build].ShouldContain("--repository \"${{ github.server_url }}/${{ github.repository }}\"", customMessage: "articles link to the repository the site is published from");
        var actions = Steps(workflow).Select(step => step.Children.TryGetValue("uses", out var uses) ? uses.ToString() : "").ToList();
        actions.ShouldContain(action => action.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        actions.ShouldContain(action => action.StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
    }

    private static YamlMappingNode Workflow(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github/workflows", name))));
        var root = stream.Documents.ShouldHaveSingleItem().RootNode.ShouldBeOfType<YamlMappingNode>();
        Mapping(root, "jobs").Children.ShouldNotBeEmpty();
        return root;
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => node[key].ShouldBeOfType<YamlMappingNode>();

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        Mapping(workflow, "jobs").Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => job.Children.TryGetValue("steps", out var steps) ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>() : []);

    private static List<string> RunSteps(YamlMappingNode workflow) =>
        Steps(workflow).Where(step => step.Children.ContainsKey("run")).Select(step => step["run"].ToString()).ToList();
}

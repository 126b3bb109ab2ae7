using System.Globalization;
using System.Text;
using KnowledgeBase.Cli;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Build_of_good_content_exits_0_and_reports_pages_written()
    {
        using var site = new TestSite();

        var (exitCode, output) = site.Run("build", "--output", site.Output);

        exitCode.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("Built 9 pages"); // home, article, its embed card, evidence, 404, search, topics, the topic of its tag, people
        File.Exists(Path.Combine(site.Output, "articles/sample/index.html")).ShouldBeTrue();
    }

    [Fact]
    public void A_url_record_the_disk_refuses_after_the_site_went_live_is_told_as_such_and_the_next_build_records_the_urls()
    {
        using var site = new TestSite();
        var record = Path.Combine(site.Root, "published-urls.txt");
        // A folder where the new record is written before it replaces the old one.
        Directory.CreateDirectory(FileReplacement.TemporaryFor(record));

        var (exitCode, output) = site.Run("build", "--output", site.Output);

        exitCode.ShouldBe(ExitCodes.InternalError, output);
        output.ShouldContain("published-urls.txt:1:1: error KB100: the new site is live in _site, but published-urls.txt, the record of every URL the site has published, could not be updated");
        output.ShouldContain("1 error(s), 0 warning(s); the new site of 9 pages is live in ");
        output.ShouldNotContain("nothing was written");
        output.ShouldNotContain("could not write the site");
        site.ReadOutput("articles/sample/index.html").ShouldContain("What is a sample?");

        Directory.Delete(FileReplacement.TemporaryFor(record));
        site.Run("build", "--output", site.Output).ExitCode.ShouldBe(ExitCodes.Ok);
        File.ReadAllText(record).ShouldContain("/articles/sample/\n");
    }

    [Fact]
    public void Build_with_timings_says_whether_it_built_clean_or_reused_the_previous_build()
    {
        using var site = new TestSite();

        var (_, first) = site.Run("build", "--output", site.Output, "--timings");
        var (_, second) = site.Run("build", "--output", site.Output, "--timings");

        first.ShouldContain("Cache     clean build: no build cache for this output folder");
        second.ShouldContain("Cache     incremental: ");
        second.ShouldContain("search index reused");
    }

    [Fact]
    public void Build_with_timings_prints_each_stage_in_order_with_its_time_then_the_most_memory_held_what_was_allocated_and_what_the_runtime_compiled()
    {
        using var site = new TestSite();

        var (exitCode, output) = site.Run("build", "--output", site.Output, "--timings");

        exitCode.ShouldBe(ExitCodes.Ok);
        var stages = output.Split('\n').Where(line => line.Contains(" s  (processor ", StringComparison.Ordinal))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToList();
        stages.ShouldBe(["Load", "Validate", "Link", "Render", "Index", "Emit"]);
        var memory = output.Split('\n').Single(line => line.StartsWith("Memory", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double.Parse(memory[1], CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        memory[2].ShouldBe("MiB");
        var allocated = output.Split('\n').Single(line => line.StartsWith("Allocated", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double.Parse(allocated[1], CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        allocated[2].ShouldBe("GiB");
        output.ShouldContain("garbage collections: ");
        var compiled = output.Split('\n').Single(line => line.StartsWith("Compiled", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int.Parse(compiled[1], CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        compiled[2].ShouldBe("methods");
    }

    [Fact]
    public void Broken_article_exits_1_with_path_line_column_code_and_message()
    {
        using var site = new TestSite();
        site.Write("content/articles/broken.md", "---\ntitle: Broken\nsumary: x\n---\n");

        var (exitCode, output) = site.Run("check");

        exitCode.ShouldBe(ExitCodes.ContentErrors);
        output.ShouldContain("content/articles/broken.md:3:1: error KB003: unknown field 'sumary' (did you mean summary?)");
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var site = new TestSite();

        site.Run("check").ExitCode.ShouldBe(ExitCodes.Ok);

        Directory.Exists(site.Output).ShouldBeFalse();
    }

    [Fact]
    public void A_build_the_tests_run_without_an_output_folder_writes_into_the_test_sites_own_folder()
    {
        using var site = new TestSite();

        site.Run("build").ExitCode.ShouldBe(ExitCodes.Ok);

        File.Exists(Path.Combine(site.Output, "articles/sample/index.html")).ShouldBeTrue("not into the test process's working folder");
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_2()
    {
        using var site = new TestSite();

        var (exitCode, output) = site.Run("build", "--no-such-option");

        exitCode.ShouldBe(ExitCodes.UsageError);
        output.ShouldContain("--no-such-option");
    }

    [Fact]
    public void Base_url_given_on_the_command_line_is_the_address_pages_link_to()
    {
        using var site = new TestSite();

        var (exitCode, output) = site.Run("build", "--output", site.Output, "--base-url", "https://clinic-links.example/evidence/");

        exitCode.ShouldBe(ExitCodes.Ok, output);
        site.ReadOutput("articles/sample/index.html").ShouldContain("https://clinic-links.example/evidence/articles/sample/");
    }

    [Fact]
    public void Base_url_that_is_not_a_web_address_is_a_usage_error_with_exit_2()
    {
        using var site = new TestSite();

        var (exitCode, output) = site.Run("build", "--output", site.Output, "--base-url", "mesotherapy-evidence");

        exitCode.ShouldBe(ExitCodes.UsageError);
        output.ShouldContain("'mesotherapy-evidence' is not a web address");
        output.ShouldNotContain("   at ");
    }

    [Fact]
    public void Running_outside_a_site_is_a_usage_error_that_says_what_to_do()
    {
        var empty = Directory.CreateTempSubdirectory("kb-empty-");
        try
        {
            using var site = new TestSite();
            var writer = new StringWriter();
            var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(writer) });

            var exitCode = new CommandLineApp(console, TestSite.Clock).Run(["check", "--root", empty.FullName]);

            exitCode.ShouldBe(ExitCodes.UsageError);
            writer.ToString().ShouldContain($"--root is {empty.FullName}, which holds no site.yml");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Unwritable_output_folder_exits_3_without_a_stack_trace()
    {
        // A file where the output's parent folder should be fails even for root, who ignores permissions.
        using var site = new TestSite();
        var blocker = site.Write("not-a-folder", "plain file");

        var (exitCode, output) = site.Run("build", "--output", Path.Combine(blocker, "_site"));

        exitCode.ShouldBe(ExitCodes.InternalError);
        output.ShouldContain("could not write the site");
        output.ShouldNotContain("   at ");
    }

    [Fact]
    public void A_disk_failure_message_too_long_to_print_whole_says_it_was_cut_and_how_long_it_was()
    {
        using var site = new TestSite();
        // A file in the way at the end of a long path, which the system's reason quotes.
        var blocker = site.Write(string.Join('/', Enumerable.Repeat(new string('d', 200), 6)) + "/not-a-folder", "plain file");
        var output = Path.Combine(blocker, "_site");

        var (exitCode, printed) = site.Run("build", "--output", output);

        exitCode.ShouldBe(ExitCodes.InternalError, printed);
        var line = printed.Split('\n').Single(line => line.Contains("error KB100: ", StringComparison.Ordinal));
        line.ShouldMatch(@"… \(message cut here; the whole of it is 1,\d{3} characters long\)$");
    }

    [Fact]
    public void An_output_folder_path_too_long_for_the_pages_below_it_is_refused_before_any_work_naming_the_limit_and_its_length()
    {
        using var site = new TestSite();
        var parent = site.Root;
        while (Encoding.UTF8.GetByteCount(parent) + 201 < 4_060)
        {
            parent = Path.Combine(parent, new string('d', 200));
        }

        Directory.CreateDirectory(parent);
        var output = Path.Combine(parent, new string('o', 4_060 - Encoding.UTF8.GetByteCount(parent) - 1));

        var (exitCode, wrapped) = site.Run("build", "--output", output);

        // The message holds the whole path, so the terminal's width wraps it.
        var printed = wrapped.ReplaceLineEndings(" ");
        exitCode.ShouldBe(ExitCodes.UsageError, printed);
        printed.ShouldContain("its full path is 4,060 bytes long, and a path on the disk may be at most 4,096 bytes");
        printed.ShouldContain("an output folder's full path may be at most 3,025 bytes");
        printed.ShouldNotContain("KB100");
        Directory.EnumerateFileSystemEntries(parent).ShouldBeEmpty("neither the output nor a staging folder was made");
        Directory.Exists(Path.Combine(site.Root, ".cache", "builds")).ShouldBeFalse("no build work was done");
    }

    [Theory]
    [InlineData("")]
    [InlineData("out\0put")]
    public void An_output_that_is_not_a_folder_name_is_a_usage_error_not_a_crash(string output)
    {
        using var site = new TestSite();

        var (exitCode, printed) = site.Run("build", "--output", output);

        exitCode.ShouldBe(ExitCodes.UsageError, printed);
        printed.ShouldContain("it is not a folder name");
        printed.ShouldNotContain("   at ");
    }

    [Fact]
    public void Serve_on_a_port_in_use_exits_3_saying_what_it_could_not_do_and_that_the_built_preview_stays()
    {
        using var site = new TestSite();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var (exitCode, output) = site.Run("serve", "--output", site.Output, "--port", port);

        exitCode.ShouldBe(ExitCodes.InternalError, output);
        output.ShouldContain($"_site:1:1: error KB100: could not serve the preview at http://localhost:{port}/: ", Case.Sensitive, "printed as every diagnostic is: place, code, message");
        output.ShouldContain("Nothing is served, and ");
        output.ShouldContain("use another port with --port");
        output.ShouldNotContain("could not write the site");
        output.ShouldNotContain("   at ");
        File.Exists(Path.Combine(site.Output, "articles/sample/index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Help_lists_the_three_verbs()
    {
        using var site = new TestSite();

        var (exitCode, output) = site.Run("--help");

        exitCode.ShouldBe(ExitCodes.Ok);
        output.ShouldSatisfyAllConditions(
            () => output.ShouldContain("build"),
            () => output.ShouldContain("serve"),
            () => output.ShouldContain("check"));
    }
}

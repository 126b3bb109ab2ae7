using System.Diagnostics;
using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Index;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>
/// A mistyped --output must never cost an editor their work: build and serve refuse, with exit 2 and nothing touched,
/// any folder that is not theirs to replace, and deleting an old output never follows a link out of it (nor deletes a
/// file no build wrote: that is set aside).
/// </summary>
public sealed class OutputFolderGuardTests(ScratchRepository scratch) : IClassFixture<ScratchRepository>
{
    public static TheoryData<string, string, string> FoldersOfTheCheckout => new()
    {
        { "build", ".", "it is the site's own folder" },
        { "build", "..", "it holds the site's own folder" },
        { "build", "../shared/..", "it holds the site's own folder" },
        { "build", "content", "it is content/, which holds the site's sources" },
        { "build", "content/pages", "it is inside content/" },
        { "build", "templates", "it is templates/" },
        { "build", "generator/bin", "it is inside generator/" },
        { "build", "tests", "it is tests/" },
        { "build", ".git", "it is .git/" },
        { "build", ".git/objects", "it is inside .git/" },
        { "serve", ".", "it is the site's own folder" },
        { "serve", "..", "it holds the site's own folder" },
        { "serve", "content/pages", "it is inside content/" },
    };

    [Theory]
    [MemberData(nameof(FoldersOfTheCheckout))]
    public async Task A_folder_of_the_checkout_or_above_it_is_refused_and_nothing_is_touched(string command, string output, string reason)
    {
        var before = scratch.Snapshot();

        var (exitCode, printed) = await RunAsync(scratch.Root, command, Path.Combine(scratch.Root, output));

        exitCode.ShouldBe(ExitCodes.UsageError, printed);
        printed.ShouldContain($"will not build the site into {Path.Combine(scratch.Root, output)}: {reason}");
        printed.ShouldContain("such as the default _site");
        scratch.Snapshot().ShouldBe(before);
    }

    [Fact]
    public async Task The_default_output_refused_from_inside_content_says_to_run_from_the_sites_folder_rather_than_offering_itself()
    {
        using var site = new TestSite();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(site.Root, "content"), RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "kb.dll"), "build", "--root", site.Root })
        {
            start.ArgumentList.Add(arg);
        }

        using var generator = Process.Start(start)!;
        var printed = await generator.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await generator.WaitForExitAsync(TestContext.Current.CancellationToken);

        generator.ExitCode.ShouldBe(ExitCodes.UsageError, printed);
        printed.ShouldContain("will not build the site into _site: it is inside content/");
        printed.ShouldContain("_site, the default, is made in the current folder: run from the site's own folder, or pass --output");
        printed.ShouldNotContain("such as the default");
        Directory.Exists(Path.Combine(site.Root, "content", "_site")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_link_to_a_shared_folder_is_refused_and_the_shared_folder_is_untouched()
    {
        var before = scratch.Snapshot();

        var (exitCode, printed) = await RunAsync(scratch.Root, "build", Path.Combine(scratch.Workspace, "shared"));

        exitCode.ShouldBe(ExitCodes.UsageError, printed);
        printed.ShouldContain("it is a symbolic link");
        scratch.Snapshot().ShouldBe(before);
    }

    [Fact]
    public async Task A_folder_of_files_no_build_wrote_is_refused_and_untouched()
    {
        var before = scratch.Snapshot();

        var (exitCode, printed) = await RunAsync(scratch.Root, "build", scratch.Shared);

        exitCode.ShouldBe(ExitCodes.UsageError, printed);
        printed.ShouldContain($"it holds files that no build wrote: it has no {OutputFolderGuard.MarkerFileName} file");
        scratch.Snapshot().ShouldBe(before);
    }

    [Fact]
    public async Task Another_sites_sources_are_refused_as_an_output()
    {
        using var site = new TestSite();
        var before = scratch.Snapshot();

        var (exitCode, printed) = await RunAsync(site.Root, "build", scratch.Root);

        exitCode.ShouldBe(ExitCodes.UsageError, printed);
        printed.ShouldContain("it holds a site's sources");
        scratch.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void The_default_output_and_a_custom_empty_folder_are_built_and_marked_the_same_way()
    {
        using var site = new TestSite();
        var custom = Directory.CreateDirectory(Path.Combine(site.Root, "public")).FullName;

        site.Run("build", "--output", site.Output).ExitCode.ShouldBe(ExitCodes.Ok);
        site.Run("build", "--output", custom).ExitCode.ShouldBe(ExitCodes.Ok);
        var marker = File.ReadAllBytes(Path.Combine(site.Output, OutputFolderGuard.MarkerFileName));
        site.Run("build", "--output", site.Output).ExitCode.ShouldBe(ExitCodes.Ok);

        File.Exists(Path.Combine(custom, "index.html")).ShouldBeTrue();
        File.ReadAllBytes(Path.Combine(custom, OutputFolderGuard.MarkerFileName)).ShouldBe(marker);
        File.ReadAllBytes(Path.Combine(site.Output, OutputFolderGuard.MarkerFileName)).ShouldBe(marker);
    }

    [Fact]
    public void An_output_from_before_the_marker_gets_a_message_saying_how_to_proceed()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.Delete(Path.Combine(site.Output, OutputFolderGuard.MarkerFileName));
        var before = OutputTree.Hashes(site.Output);

        var (exitCode, printed) = site.Run("build", "--output", site.Output);

        exitCode.ShouldBe(ExitCodes.UsageError, printed);
        printed.ShouldContain("If it is the output of a build made before builds left that file, delete the folder yourself and build again");
        OutputTree.Hashes(site.Output).ShouldBe(before);
    }

    [Fact]
    public void A_folder_beside_the_output_named_like_a_staging_folder_that_no_build_wrote_is_refused_and_kept()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var stranger = site.Write("._site.staging-12345/notes.txt", "an editor's notes");

        var (exitCode, printed) = site.Run("build", "--output", site.Output);

        exitCode.ShouldBe(ExitCodes.UsageError, printed);
        printed.ShouldContain("beside it, ._site.staging-12345 is named like the folders a build writes next to its output");
        File.ReadAllText(stranger).ShouldBe("an editor's notes");
    }

    [Fact]
    public void An_output_folder_whose_name_takes_250_bytes_is_built_into_again_and_a_killed_builds_leftover_beside_it_is_cleared()
    {
        using var site = new TestSite();
        var output = Path.Combine(site.Root, new string('o', 250));
        var leftover = OutputFolderGuard.StagingFolder(output, int.MaxValue - 1);
        var stranger = OutputFolderGuard.RetiredFolder(output, 12345);

        var first = site.Run("build", "--output", output);
        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("A few millimetres.", "A few millimetres, no deeper."));
        var second = site.Run("build", "--output", output);
        Directory.CreateDirectory(leftover);
        OutputFolderGuard.Mark(leftover);
        var third = site.Run("build", "--output", output);
        site.Write($"{Path.GetFileName(stranger)}/notes.txt", "an editor's notes");
        var refused = site.Run("build", "--output", output);

        first.ExitCode.ShouldBe(ExitCodes.Ok, first.Output);
        second.ExitCode.ShouldBe(ExitCodes.Ok, second.Output);
        File.ReadAllText(Path.Combine(output, "articles/sample/index.html")).ShouldContain("no deeper");
        System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(leftover)).ShouldBeLessThanOrEqualTo(255);
        third.ExitCode.ShouldBe(ExitCodes.Ok, third.Output);
        Directory.Exists(leftover).ShouldBeFalse();
        refused.ExitCode.ShouldBe(ExitCodes.UsageError, refused.Output);
        refused.Output.ShouldContain($"beside it, {Path.GetFileName(stranger)} is named like the folders a build writes next to its output");
        File.ReadAllText(Path.Combine(stranger, "notes.txt")).ShouldBe("an editor's notes");
    }

    [Fact]
    public void A_build_into_an_output_named_with_a_star_leaves_alone_what_a_build_of_another_output_left()
    {
        using var site = new TestSite();
        var otherOutputsLeftover = OutputFolderGuard.StagingFolder(Path.Combine(site.Root, "abc"), int.MaxValue - 1);
        Directory.CreateDirectory(otherOutputsLeftover);
        OutputFolderGuard.Mark(otherOutputsLeftover);

        var (exitCode, output) = site.Run("build", "--output", Path.Combine(site.Root, "a*"));

        exitCode.ShouldBe(ExitCodes.Ok, output);
        File.Exists(Path.Combine(otherOutputsLeftover, OutputFolderGuard.MarkerFileName)).ShouldBeTrue();
    }

    /// <summary>
    /// A link added to an output is deleted once the output is replaced and reused, never followed: it holds nothing an
    /// editor wrote, and what it points to stays where it is. A regular file added beside it is no longer deleted with
    /// it, but set aside (<see cref="HandMadeOutputFileTests"/>): it may be the only copy of what someone wrote.
    /// </summary>
    [Fact]
    public void Links_in_an_old_output_are_deleted_and_never_followed_by_a_build_and_its_swap_and_a_file_beside_them_is_set_aside()
    {
        using var site = new TestSite();
        using var outside = new FilesOutside();
        site.Build().Succeeded.ShouldBeTrue();
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "link"), outside.Folder);
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "articles", "sample", "link"), outside.Folder);
        File.WriteAllText(Path.Combine(site.Output, "articles", "sample", "notes.txt"), "an editor's notes");

        site.Build().Succeeded.ShouldBeTrue();
        site.Build().Succeeded.ShouldBeTrue();

        outside.ShouldBeIntact();
        Path.Exists(Path.Combine(site.Output, "link")).ShouldBeFalse();
        var setAside = Directory.GetFiles(site.Output + ".set-aside", "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
        setAside.ShouldEndWith(Path.Combine("articles", "sample", "notes.txt"));
        File.ReadAllText(setAside).ShouldBe("an editor's notes");
    }

    [Fact]
    public void A_mount_point_is_refused_before_any_work_saying_to_build_into_a_folder_inside_it()
    {
        using var disk = TemporaryDisk.Mount(sizeKilobytes: 4096);
        using var site = new TestSite();

        var (exitCode, printed) = site.Run("build", "--output", disk.Folder);

        exitCode.ShouldBe(ExitCodes.UsageError, printed);
        printed.ShouldContain($"will not build the site into {disk.Folder}: it is a mount point");
        printed.ShouldContain($"build into a folder inside it, such as {Path.Combine(disk.Folder, "_site")}");
        Directory.EnumerateFileSystemEntries(disk.Folder).ShouldBeEmpty();
        Directory.Exists(Path.Combine(site.Root, ".cache", "builds")).ShouldBeFalse("no build work was done");
        site.Run("build", "--output", Path.Combine(disk.Folder, "_site")).ExitCode.ShouldBe(ExitCodes.Ok, "a folder inside the mounted disk is built into");
    }

    [Fact]
    public void Links_in_a_killed_builds_leftover_are_deleted_and_never_followed_by_the_repair()
    {
        using var site = new TestSite();
        using var outside = new FilesOutside();
        site.Build().Succeeded.ShouldBeTrue();
        var leftover = OutputFolderGuard.RetiredFolder(site.Output, int.MaxValue - 1);
        Directory.CreateDirectory(Path.Combine(leftover, "articles"));
        OutputFolderGuard.Mark(leftover);
        Directory.CreateSymbolicLink(Path.Combine(leftover, "link"), outside.Folder);
        Directory.CreateSymbolicLink(Path.Combine(leftover, "articles", "link"), outside.Folder);

        site.Build().Succeeded.ShouldBeTrue();

        outside.ShouldBeIntact();
        Directory.Exists(leftover).ShouldBeFalse();
    }

    [Fact]
    public void A_link_in_the_served_output_survives_serves_rebuild_and_reindex_and_so_does_what_it_points_to()
    {
        using var site = new TestSite();
        using var outside = new FilesOutside();
        var builder = new SiteBuilder(TestSite.Clock);
        var options = new BuildOptions(site.Root, site.Output, IncludeDrafts: true);
        builder.Build(options).Succeeded.ShouldBeTrue();
        var link = Path.Combine(site.Output, "articles", "link");
        Directory.CreateSymbolicLink(link, outside.Folder);
        site.Write("content/articles/second.md", TestSite.SampleArticle.Replace("What is a sample?", "A second sample"));

        builder.Rebuild(options).Succeeded.ShouldBeTrue();
        new PagefindIndexer(site.Root).Reindex(site.Output, TestContext.Current.CancellationToken);

        outside.ShouldBeIntact();
        new DirectoryInfo(link).LinkTarget.ShouldBe(outside.Folder);
        File.Exists(Path.Combine(site.Output, "articles", "second", "index.html")).ShouldBeTrue();
    }

    /// <summary>Runs a command with --output; the test fails after ten seconds if serve started serving instead of refusing.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string siteRoot, string command, string output) =>
        await Task.Run(() => TestSite.RunIn(siteRoot, command, "--output", output))
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

    /// <summary>A folder of files outside every site, which a link in an output points to.</summary>
    private sealed class FilesOutside : IDisposable
    {
        public string Folder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kb-outside-" + Guid.NewGuid().ToString("N"))).FullName;

        public FilesOutside()
        {
            Directory.CreateDirectory(Path.Combine(Folder, "inner"));
            File.WriteAllText(Path.Combine(Folder, "a.txt"), "a");
            File.WriteAllText(Path.Combine(Folder, "inner", "b.txt"), "b");
        }

        public void ShouldBeIntact()
        {
            File.ReadAllText(Path.Combine(Folder, "a.txt")).ShouldBe("a");
            File.ReadAllText(Path.Combine(Folder, "inner", "b.txt")).ShouldBe("b");
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}

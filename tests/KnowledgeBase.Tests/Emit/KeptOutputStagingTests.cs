using KnowledgeBase.Emit;
using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>
/// A staging folder that starts from a kept output holds the previous output's files under their names; where the new
/// output has a folder in place of such a file, or a file in place of a folder, the build still stages exactly the new
/// output and leaves the previous output's files as they were.
/// </summary>
public sealed class KeptOutputStagingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kept-output-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_file_that_became_a_folder_and_a_folder_that_became_a_file_are_staged_as_the_new_output_has_them()
    {
        var previous = Path.Combine(_root, "previous");
        var staging = Path.Combine(_root, "staging");
        string[] previousFiles = ["guide", "notes/index.html", "notes/old/index.html", "index.html"];
        WritePreviousOutput(previous, previousFiles);
        LinkInto(staging, previous, previousFiles);

        var before = OutputTree.Hashes(previous);
        var sink = FolderSink.Into(staging, new PreviousOutput(previous, OutputManifest.Of(previous)));

        sink.Add(new OutputFile("guide/index.html", "the guide, now a folder"u8.ToArray()));
        sink.Add(new OutputFile("notes", "the notes, now one file"u8.ToArray()));
        sink.Keep("index.html");
        sink.RemoveUnstaged(leaveEarlierIndex: false);

        OutputTree.Hashes(staging).Keys.Order(StringComparer.Ordinal).ShouldBe(["guide/index.html", "index.html", "notes"]);
        File.ReadAllText(Path.Combine(staging, "guide/index.html")).ShouldBe("the guide, now a folder");
        File.ReadAllText(Path.Combine(staging, "notes")).ShouldBe("the notes, now one file");
        OutputTree.Hashes(previous).ShouldBe(before, "no file shared with the previous output was written into");
    }

    [Fact]
    public void The_manifest_kept_while_staging_is_what_a_listing_of_the_staged_folder_finds()
    {
        var previous = Path.Combine(_root, "previous");
        var staging = Path.Combine(_root, "staging");
        WritePreviousOutput(previous, ["index.html", "about/index.html", "gone/index.html", "search/old.js"]);
        // The kept output shares three of the previous output's files; the other the previous build wrote afresh.
        LinkInto(staging, previous, ["index.html", "gone/index.html", "search/old.js"]);

        OutputFolderGuard.Mark(staging);
        var sink = FolderSink.Into(staging, new PreviousOutput(previous, OutputManifest.Of(previous)));

        sink.Keep("index.html");
        sink.Keep("about/index.html");
        sink.Add(new OutputFile("new/index.html", "a new page"u8.ToArray()));
        sink.RemoveUnstaged(leaveEarlierIndex: false);
        File.WriteAllText(Path.Combine(staging, "new/index.html.gz"), "a compressed copy");
        sink.Record(["new/index.html.gz"]);
        Directory.CreateDirectory(Path.Combine(staging, "search/fragments"));
        File.WriteAllText(Path.Combine(staging, "search/fragments/one"), "an index file");
        File.WriteAllText(Path.Combine(staging, "search/entry.js"), "an index entry");
        sink.RecordFolder("search");

        var listed = OutputManifest.Of(staging).Files;
        listed.Keys.Order(StringComparer.Ordinal).ShouldBe(
            [OutputFolderGuard.MarkerFileName, "about/index.html", "index.html", "new/index.html", "new/index.html.gz", "search/entry.js", "search/fragments/one"]);
        sink.Manifest().Files.OrderBy(file => file.Key, StringComparer.Ordinal).ShouldBe(listed.OrderBy(file => file.Key, StringComparer.Ordinal));
    }

    private static void WritePreviousOutput(string previous, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(previous, file))!);
            File.WriteAllText(Path.Combine(previous, file), $"previous {file}");
        }
    }

    /// <summary>Gives files of the previous output a second name in the staging folder, as a kept output shares them.</summary>
    private static void LinkInto(string staging, string previous, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(staging, file))!);
            HardLink.LinkOrCopy(Path.Combine(previous, file), Path.Combine(staging, file));
        }
    }
}

using System.Text;
using KnowledgeBase.Emit;
using KnowledgeBase.Render;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>
/// The code that writes the site never writes outside the folder it writes into, whatever path a file names:
/// validation refuses such addresses first, and this is the guard behind it.
/// </summary>
public sealed class EscapingOutputPathTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("escaping-output-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("../escaped.html")]
    [InlineData("articles/../../escaped.html")]
    [InlineData("articles/..")]
    public void A_staged_file_whose_path_climbs_out_of_the_staging_folder_is_refused_and_nothing_lands_outside(string relativePath)
    {
        var staging = Directory.CreateDirectory(Path.Combine(_root, "staging")).FullName;
        var sink = FolderSink.Into(staging);

        var refusal = Should.Throw<OutputPathOutsideFolderException>(() => sink.Add(new OutputFile(relativePath, Encoding.UTF8.GetBytes("<p>escaped</p>"))));

        refusal.Message.ShouldContain($"'{relativePath}' would be written outside the output folder");
        Directory.EnumerateFileSystemEntries(_root).ShouldBe([staging]);
        Directory.EnumerateFileSystemEntries(staging).ShouldBeEmpty();
    }

    [Fact]
    public void A_staged_file_with_a_rooted_path_is_refused_and_nothing_is_written_there()
    {
        var staging = Directory.CreateDirectory(Path.Combine(_root, "staging")).FullName;
        var elsewhere = Path.Combine(_root, "elsewhere.html");

        Should.Throw<OutputPathOutsideFolderException>(() => FolderSink.Into(staging).Add(new OutputFile(elsewhere, Encoding.UTF8.GetBytes("<p>escaped</p>"))));

        File.Exists(elsewhere).ShouldBeFalse();
    }

    [Fact]
    public void A_preview_update_that_names_a_file_outside_the_output_neither_writes_it_nor_deletes_a_file_there()
    {
        var output = Directory.CreateDirectory(Path.Combine(_root, "_site")).FullName;
        var editorsFile = Path.Combine(_root, "notes.md");
        File.WriteAllText(editorsFile, "an editor's notes");

        Should.Throw<OutputPathOutsideFolderException>(() => OutputWriter.Update(output, [new OutputFile("../escaped.html", [1])], []));
        Should.Throw<OutputPathOutsideFolderException>(() => OutputWriter.Update(output, [], ["../notes.md"]));

        File.Exists(Path.Combine(_root, "escaped.html")).ShouldBeFalse();
        File.ReadAllText(editorsFile).ShouldBe("an editor's notes");
    }
}

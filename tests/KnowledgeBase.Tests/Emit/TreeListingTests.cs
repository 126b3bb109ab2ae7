using KnowledgeBase.Emit;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>
/// A walk given the listing an earlier walk recorded lists again every folder whose time changed, and takes only the
/// others from the record; a record that is damaged or describes another tree is not read, so the walk lists everything.
/// </summary>
public sealed class TreeListingTests : IDisposable
{
    private static readonly DateTime AnHourAgo = DateTime.UtcNow.AddHours(-1);

    private readonly string _root = Directory.CreateTempSubdirectory("tree-listing-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void An_unchanged_folder_is_taken_from_the_record_without_being_listed()
    {
        var tree = Tree("tree", ["index.html", "articles/one/deep/page.html"]);
        var record = Recorded(tree);
        // A file slipped in without changing its folder's time: only a walk that lists the folder finds it.
        File.WriteAllText(Path.Combine(tree, "articles/one/deep/unseen.html"), "unseen");
        Directory.SetLastWriteTimeUtc(Path.Combine(tree, "articles/one/deep"), AnHourAgo);

        Walked(tree, TreeListing.Read(record, tree)).ShouldNotContain("articles/one/deep/unseen.html");
        Walked(tree, null).ShouldContain("articles/one/deep/unseen.html");
    }

    [Fact]
    public void A_file_added_to_a_deep_folder_is_found()
    {
        var tree = Tree("tree", ["index.html", "articles/one/deep/page.html"]);
        var record = Recorded(tree);
        File.WriteAllText(Path.Combine(tree, "articles/one/deep/notes.txt"), "an editor's notes");

        Walked(tree, TreeListing.Read(record, tree)).ShouldBe(["articles", "articles/one", "articles/one/deep", "articles/one/deep/notes.txt", "articles/one/deep/page.html", "index.html"],
            ignoreOrder: true);
    }

    [Fact]
    public void A_folder_replaced_by_a_file_is_walked_as_a_file()
    {
        var tree = Tree("tree", ["index.html", "articles/one/deep/page.html"]);
        var record = Recorded(tree);
        Directory.Delete(Path.Combine(tree, "articles/one"), recursive: true);
        File.WriteAllText(Path.Combine(tree, "articles/one"), "a file where a folder was");

        var kinds = new Dictionary<string, bool>(StringComparer.Ordinal);
        TreeListing.Walk(tree, TreeListing.Read(record, tree), (relativePath, _, isFolder) => kinds.TryAdd(relativePath, isFolder));

        kinds.ShouldBe(new Dictionary<string, bool> { ["articles"] = true, ["articles/one"] = false, ["index.html"] = false, [OutputFolderGuard.MarkerFileName] = false },
            ignoreOrder: true);
    }

    [Fact]
    public void A_folder_written_as_the_record_was_made_is_listed_again()
    {
        var tree = Tree("tree", ["index.html", "articles/one/page.html"], aged: false);
        var record = Recorded(tree);
        var folder = Path.Combine(tree, "articles/one");
        var recordedTime = Directory.GetLastWriteTimeUtc(folder);
        // Written again within the same tick of the file system's clock: the folder keeps its time.
        File.WriteAllText(Path.Combine(folder, "late.html"), "written as the walk ended");
        Directory.SetLastWriteTimeUtc(folder, recordedTime);

        Walked(tree, TreeListing.Read(record, tree)).ShouldContain("articles/one/late.html");
    }

    [Fact]
    public void A_record_of_another_output_folder_is_not_read()
    {
        var tree = Tree("tree", ["index.html", "articles/one/page.html"]);
        var other = Tree("other", ["index.html", "articles/one/page.html"]);
        var record = Recorded(other);

        TreeListing.Read(record, tree).ShouldBeNull();
    }

    [Fact]
    public void A_record_of_the_tree_that_was_in_the_same_place_before_is_not_read()
    {
        var tree = Tree("tree", ["index.html", "articles/one/page.html"]);
        var record = Recorded(tree);
        Directory.Delete(tree, recursive: true);
        // Another output in the same place, every folder with the recorded time, and a file the record does not name.
        Tree("tree", ["index.html", "articles/one/page.html", "articles/one/notes.txt"]);
        File.SetLastWriteTimeUtc(Path.Combine(tree, OutputFolderGuard.MarkerFileName), AnHourAgo);

        var read = TreeListing.Read(record, tree);

        read.ShouldBeNull("the tree's marker is not the recorded one");
        Walked(tree, read).ShouldContain("articles/one/notes.txt");
    }

    [Fact]
    public void A_truncated_record_is_not_read()
    {
        var tree = Tree("tree", ["index.html", "articles/one/page.html"]);
        var record = Recorded(tree);
        var bytes = File.ReadAllBytes(record);
        File.WriteAllBytes(record, bytes[..(bytes.Length / 2)]);

        TreeListing.Read(record, tree).ShouldBeNull();
    }

    /// <summary>A tree of files with a build's marker, every folder last written an hour ago unless told otherwise.</summary>
    private string Tree(string name, string[] files, bool aged = true)
    {
        var tree = Path.Combine(_root, name);
        foreach (var file in files.Append(OutputFolderGuard.MarkerFileName))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(tree, file))!);
            File.WriteAllText(Path.Combine(tree, file), file);
        }

        if (aged)
        {
            foreach (var folder in Directory.EnumerateDirectories(tree, "*", SearchOption.AllDirectories).Append(tree))
            {
                Directory.SetLastWriteTimeUtc(folder, AnHourAgo);
            }
        }

        return tree;
    }

    /// <summary>Walks the tree and keeps its listing beside it; returns the record's path.</summary>
    private static string Recorded(string tree)
    {
        var record = tree + "-listing";
        TreeListing.Walk(tree, null, (_, _, _) => true).Keep(record, tree);
        return record;
    }

    /// <summary>Every entry a walk gives but the marker.</summary>
    private static List<string> Walked(string tree, TreeListing? record)
    {
        var walked = new List<string>();
        TreeListing.Walk(tree, record, (relativePath, _, _) =>
        {
            walked.Add(relativePath);
            return true;
        });
        return walked.Where(path => path != OutputFolderGuard.MarkerFileName).Order(StringComparer.Ordinal).ToList();
    }
}

using System.Globalization;

namespace KnowledgeBase.Emit;

/// <summary>
/// Where a build moves what it finds in an earlier output that no build wrote (a verification file, a .well-known/
/// file put there by hand or by a deploy tool), instead of deleting it: <c>&lt;output&gt;.set-aside/&lt;build time&gt;/</c>,
/// beside the output, under the file's path in the output. The tool never deletes, publishes or reads that folder.
/// </summary>
public sealed class SetAsideFolder(string outputFolder, DateTime buildTime)
{
    private readonly List<(string RelativePath, string Destination)> _moved = [];

    /// <summary>This build's folder of set-aside files (made only when something is set aside).</summary>
    public string Folder { get; } = Path.Combine(OutputFolderGuard.SetAsideFolder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder))),
        buildTime.ToUniversalTime().ToString("yyyy-MM-dd'T'HH-mm-ss.fff'Z'", CultureInfo.InvariantCulture));

    /// <summary>What was set aside since the last call, by its path in the output ("" for a whole output), and where it is now.</summary>
    public IReadOnlyList<(string RelativePath, string Destination)> TakeMoved()
    {
        var moved = _moved.ToList();
        _moved.Clear();
        return moved;
    }

    /// <summary>Moves the file at <paramref name="relativePath"/> of <paramref name="siteFolder"/> here, under the same path.</summary>
    public void Move(string siteFolder, string relativePath)
    {
        var destination = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Move(Path.Combine(siteFolder, relativePath), destination);
        _moved.Add((relativePath, destination));
    }

    /// <summary>
    /// Moves here every file of <paramref name="siteFolder"/> that no build wrote, as far as <paramref name="built"/>
    /// tells, under the same path, and leaves the rest. A link is moved as a link, never followed. A folder whose time
    /// <paramref name="listing"/> vouches for is not listed. Returns what the folder holds then, which the next build to
    /// stage in it need not list again (<see cref="FolderSink.Into"/>).
    /// </summary>
    public TreeListing MoveUnbuilt(string siteFolder, BuiltFiles built, TreeListing? listing = null)
    {
        var unbuilt = new List<string>();
        var listed = TreeListing.Walk(siteFolder, listing, (relativePath, _, isFolder) =>
        {
            if (isFolder || built.Wrote(relativePath))
            {
                return true;
            }

            unbuilt.Add(relativePath);
            return false;
        });
        foreach (var relativePath in unbuilt)
        {
            Move(siteFolder, relativePath);
        }

        return listed;
    }

    /// <summary>Moves a whole earlier output here, as "earlier-output", when no record tells which of its files a build wrote.</summary>
    public void MoveWhole(string siteFolder)
    {
        var destination = Path.Combine(Folder, "earlier-output");
        Directory.CreateDirectory(Folder);
        Directory.Move(siteFolder, destination);
        _moved.Add(("", destination));
    }
}

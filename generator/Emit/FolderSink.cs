using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// Writes each rendered file into a folder (the build's staging folder) as soon as it is rendered, so that memory
/// holds a few pages at a time rather than the whole site. Given the previous build's output, a file that has the
/// same bytes there is linked to it instead of written, and so are the files the build kept without rendering them.
/// The folder may start as the output an earlier build replaced (<see cref="OutputWriter"/> keeps it): its files that
/// are still links to the previous output's are staged as they are, so a build links, writes and deletes only what
/// changed. Those files are shared with the live output, so none is ever written into: a file is replaced by rename.
/// Where the earlier output has a folder and this build a file, or the reverse, the earlier entry is removed: the kept
/// output is the tool's own, and an editor's build must never fail because of it. It also keeps the size and last write
/// time of every file it stages, which the build cache records as the new output's manifest without listing it.
/// </summary>
public sealed class FolderSink : IOutputSink
{
    private readonly string _folder;
    private readonly PreviousOutput? _previous;
    private readonly HashSet<string> _createdFolders = new(StringComparer.Ordinal);
    private readonly List<string> _written = [];
    private readonly Dictionary<string, FileStamp> _reusable;
    private readonly Dictionary<string, FileStamp> _staged = new(StringComparer.Ordinal);
    private readonly HashSet<string> _earlierFolders;
    private readonly HashSet<string> _earlierIndex;

    private FolderSink(string folder, PreviousOutput? previous, Dictionary<string, FileStamp> reusable, HashSet<string> earlierFolders, HashSet<string> earlierIndex, TreeListing listedAtStart)
    {
        _folder = folder;
        _previous = previous;
        _reusable = reusable;
        _earlierFolders = earlierFolders;
        _earlierIndex = earlierIndex;
        ListedAtStart = listedAtStart;
    }

    /// <summary>The files written with new bytes, not linked to the previous output's (but maybe to the file that held them, <see cref="OutputFile.HeldAt"/>).</summary>
    public IReadOnlyList<string> Written => _written;

    /// <summary>The folder the files are staged in.</summary>
    public string Folder => _folder;

    /// <summary>
    /// What the folder held once cleared, before this build staged anything: every folder it changes since gets a new
    /// time, so this still tells what the others hold once the folder is the live output (see <see cref="TreeListing"/>).
    /// </summary>
    public TreeListing ListedAtStart { get; }

    /// <summary>
    /// A sink into <paramref name="folder"/>, which is empty or holds an earlier output. Of what that holds, only the
    /// files that are the previous output's as the previous build left it stay, its marker, and the files of its own
    /// search index (not the previous output's), until <see cref="RemoveUnstaged"/> deletes those this build
    /// did not stage, or leaves the index's for the indexer to write over. A file no build wrote, as far as
    /// <paramref name="built"/> tells, is moved to <paramref name="setAside"/>; anything else (links included, and a link
    /// is never followed) is deleted. A folder whose time <paramref name="listing"/> (what the folder held when the build
    /// that kept it walked it) vouches for is not listed again; each file's size and time is still asked.
    /// </summary>
    public static FolderSink Into(string folder, PreviousOutput? previous = null, BuiltFiles? built = null, SetAsideFolder? setAside = null, TreeListing? listing = null)
    {
        var reusable = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var earlierIndex = new HashSet<string>(StringComparer.Ordinal);
        var listed = TreeListing.Walk(folder, listing, (relativePath, entry, isFolder) =>
        {
            if (isFolder)
            {
                folders.Add(relativePath);
            }
            else if (entry is FileInfo file && FileStamp.Of(file) is var stamp && previous?.IsSameFileAs(relativePath, stamp) == true)
            {
                reusable.Add(relativePath, stamp);
            }
            else if (setAside is not null && entry is FileInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && built?.Wrote(relativePath) == false)
            {
                setAside.Move(folder, relativePath);
                return false;
            }
            else if (entry is FileInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && BuiltFiles.IsSearchIndexFile(relativePath))
            {
                earlierIndex.Add(relativePath);
            }
            else if (relativePath != OutputFolderGuard.MarkerFileName)
            {
                // A link is deleted, never what it points to. The marker is left: a folder that lost it would be
                // refused by the next build, were this one killed now.
                File.Delete(entry.FullName);
                return false;
            }

            return true;
        });

        return new FolderSink(folder, previous, reusable, folders, earlierIndex, listed);
    }

    public void Add(OutputFile file)
    {
        if (_previous?.Holds(file.RelativePath) == true && _previous.HasBytes(file.RelativePath, file.Bytes))
        {
            Keep(file.RelativePath);
            return;
        }

        var path = PathFor(file.RelativePath);
        if (_reusable.ContainsKey(file.RelativePath))
        {
            FileReplacement.Replace(path, file.Bytes);
        }
        else if (file.HeldAt is null || !HardLink.TryLink(file.HeldAt, path))
        {
            // A file held elsewhere is linked, which creates no file (a cold build's cost is largely the files it creates);
            // its holder is only ever replaced, and so is this output's file, so neither name's bytes change under the other.
            File.WriteAllBytes(path, file.Bytes);
        }

        Staged(file.RelativePath);
        _written.Add(file.RelativePath);
    }

    /// <summary>Stages the previous output's file under the same name; only for files the previous output holds.</summary>
    public void Keep(string relativePath)
    {
        if (_reusable.TryGetValue(relativePath, out var stamp))
        {
            _staged[relativePath] = stamp;
            return;
        }

        if (_earlierIndex.Remove(relativePath))
        {
            File.Delete(PathFor(relativePath));
        }

        HardLink.LinkOrCopy((_previous ?? throw new InvalidOperationException("there is no previous output to keep files from")).PathOf(relativePath), PathFor(relativePath));
        Staged(relativePath);
    }

    /// <summary>Records files that were written into the folder without this sink (the compressed copies), once they are there.</summary>
    public void Record(IEnumerable<string> relativePaths)
    {
        foreach (var relativePath in relativePaths)
        {
            Staged(relativePath);
        }
    }

    /// <summary>Records every file under a folder that was written without this sink (a fresh search index), if it is there.</summary>
    public void RecordFolder(string relativeFolder)
    {
        var folder = Path.Combine(_folder, relativeFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var (relativePath, stamp) in OutputManifest.Of(folder).Files)
        {
            _staged[$"{relativeFolder}/{relativePath}"] = stamp;
        }
    }

    /// <summary>
    /// The staged files with the size and last write time each had when it was staged, and the marker: what the folder
    /// holds once every file is staged and recorded. A staged file shared with the previous output has the stamp it
    /// had there, which the previous manifest vouched for; each file written has the stamp it got.
    /// </summary>
    public OutputManifest Manifest() =>
        new(new Dictionary<string, FileStamp>(_staged, StringComparer.Ordinal)
        {
            [OutputFolderGuard.MarkerFileName] = FileStamp.Of(new FileInfo(Path.Combine(_folder, OutputFolderGuard.MarkerFileName))),
        });

    /// <summary>Records the size and last write time of a file this build has just put into the folder.</summary>
    private void Staged(string relativePath) => _staged[relativePath] = FileStamp.Of(new FileInfo(Path.Combine(_folder, relativePath)));

    /// <summary>
    /// Deletes the earlier output's files that this build did not stage, and its folders that no staged file is in.
    /// Called once every file is staged and before anything else writes into the folder (the search indexer, which
    /// would write into a file shared with the live output, and the compressed copies). The earlier output's own search
    /// index files, which no other output shares, are left when <paramref name="leaveEarlierIndex"/> says the indexer
    /// will write its new index over them.
    /// </summary>
    public void RemoveUnstaged(bool leaveEarlierIndex)
    {
        foreach (var unstaged in _reusable.Keys.Where(path => !_staged.ContainsKey(path)).Concat(leaveEarlierIndex ? [] : _earlierIndex))
        {
            File.Delete(Path.Combine(_folder, unstaged));
        }

        if (!leaveEarlierIndex)
        {
            _earlierIndex.Clear();
        }

        var inUse = _staged.Keys.Concat(_earlierIndex).Select(path => Path.GetDirectoryName(Path.Combine(_folder, path))!).Concat(_createdFolders).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in _earlierFolders.Select(folder => Path.Combine(_folder, folder)).Where(folder => !inUse.Contains(folder)).OrderByDescending(folder => folder.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        _reusable.Clear();
    }

    private string PathFor(string relativePath)
    {
        var path = OutputPathOutsideFolderException.PathIn(_folder, relativePath);
        var parent = Path.GetDirectoryName(path)!;
        if (_createdFolders.Add(parent))
        {
            RemoveEarlierFilesAbove(relativePath);
            Directory.CreateDirectory(parent);
        }

        RemoveEarlierFolder(relativePath);
        return path;
    }

    /// <summary>
    /// Deletes the earlier output's files where this file needs a folder. <see cref="Into"/> left only folders and the
    /// previous output's files, so what is in the way is known without asking the disk.
    /// </summary>
    private void RemoveEarlierFilesAbove(string relativePath)
    {
        for (var end = relativePath.IndexOf('/'); end >= 0; end = relativePath.IndexOf('/', end + 1))
        {
            if (_reusable.Remove(relativePath[..end]) | _earlierIndex.Remove(relativePath[..end]))
            {
                File.Delete(Path.Combine(_folder, relativePath[..end]));
            }
        }
    }

    /// <summary>Deletes the earlier output's folder where this file goes, with all it holds (it holds no link: see <see cref="Into"/>).</summary>
    private void RemoveEarlierFolder(string relativePath)
    {
        if (!_earlierFolders.Remove(relativePath))
        {
            return;
        }

        Directory.Delete(Path.Combine(_folder, relativePath), recursive: true);
        var inside = relativePath + "/";
        _earlierFolders.RemoveWhere(folder => folder.StartsWith(inside, StringComparison.Ordinal));
        foreach (var file in _reusable.Keys.Where(file => file.StartsWith(inside, StringComparison.Ordinal)).ToList())
        {
            _reusable.Remove(file);
        }

        _earlierIndex.RemoveWhere(file => file.StartsWith(inside, StringComparison.Ordinal));
    }
}

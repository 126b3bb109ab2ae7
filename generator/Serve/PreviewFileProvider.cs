using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace KnowledgeBase.Serve;

/// <summary>
/// The output folder as the preview serves it. Paths are mapped by <see cref="PhysicalFileProvider"/>, which refuses
/// "..", absolute paths and anything else above the folder; a link to a file outside the folder is refused too. Each file
/// is read whole when it is looked up, so a rebuild that replaces it or swaps the folder meanwhile never leaves a
/// response with the length of one version and the bytes of another; pages get the live-reload script.
/// </summary>
public sealed class PreviewFileProvider(string outputFolder) : IFileProvider, IDisposable
{
    private readonly string _root = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
    private readonly Lock _gate = new();
    private PhysicalFileProvider? _files;

    public IFileInfo GetFileInfo(string subpath)
    {
        var file = Files?.GetFileInfo(subpath);
        if (file is not { Exists: true, IsDirectory: false, PhysicalPath: { } path } || !IsInsideOutput(path))
        {
            return new NotFoundFileInfo(subpath);
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            return new PreviewFile(file.Name, file.LastModified, path.EndsWith(".html", StringComparison.Ordinal) ? LiveReloadScript.InjectInto(bytes) : bytes);
        }
        catch (Exception gone) when (gone is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted by a rebuild since it was looked up.
            return new NotFoundFileInfo(subpath);
        }
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => Files?.GetDirectoryContents(subpath) ?? NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose() => _files?.Dispose();

    /// <summary>Made once the folder exists: a first build that fails leaves none, and serve waits for the fix.</summary>
    private PhysicalFileProvider? Files
    {
        get
        {
            lock (_gate)
            {
                return _files ??= Directory.Exists(_root) ? new PhysicalFileProvider(_root, ExclusionFilters.None) : null;
            }
        }
    }

    private bool IsInsideOutput(string path) =>
        (new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path).StartsWith(_root, StringComparison.Ordinal);

    /// <summary>One file's bytes as read at lookup, with the script already in place for a page.</summary>
    private sealed class PreviewFile(string name, DateTimeOffset lastModified, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes.Length;

        // No path: the bytes served are these, not whatever the file holds by the time they are sent.
        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => lastModified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}

using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Emit;
using KnowledgeBase.Load;
using KnowledgeBase.Render;

namespace KnowledgeBase.Building;

/// <summary>
/// What a build leaves in .cache/ for the next build into the same folder: what each page was rendered from (the
/// memo serve keeps in memory), the site's paths, and a manifest of the output it wrote. The next build trusts a
/// file of the previous output only while it is still as the manifest recorded it, and the whole cache only when
/// it was written by this generator and search indexer with the same options; anything else (no cache, a damaged
/// one, another version) gives a clean build, never an error. Beside it, a record of what tells before loading whether
/// the next build will render every page (<see cref="WhyEveryPageWillBeRendered"/>).
/// </summary>
internal sealed class BuildCache
{
    private const string Format = "kb-build-cache 2";

    private readonly string _siteRoot;
    private readonly string _output;
    private readonly string _file;
    private readonly string _tools;
    private readonly string _settings;

    public BuildCache(BuildOptions options, string indexerIdentity)
    {
        _siteRoot = options.SiteRoot;
        _output = FullOutputPath(options);
        _file = FileFor(options.SiteRoot, _output);
        _tools = $"{Format}\n{GeneratorIdentity.Current}\n{indexerIdentity}";
        _settings = $"{_output}\n{options.BaseUrlOverride}\n{options.RepositoryOverride}\ndrafts={options.IncludeDrafts}\nprecompress={options.Precompress}";
    }

    private static string FullOutputPath(BuildOptions options) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputFolder));

    private static string FileFor(string siteRoot, string output) => CacheFile.PathIn(siteRoot, "builds", Hash(output)[..16] + ".bin");

    /// <summary>
    /// Where the output a build replaces is kept for the next build into the same folder to start from (see
    /// <see cref="OutputWriter.Write"/>), beside this cache, in the folder only builds write.
    /// </summary>
    public string KeptOutputFolder => Path.ChangeExtension(_file, ".kept");

    /// <summary>The record of what the last build's pages were made from site-wide, small enough to read before a build.</summary>
    private string InputsFile => Path.ChangeExtension(_file, ".inputs");

    /// <summary>
    /// Why a build into this output folder will render every page, or null when it will reuse pages: told before anything
    /// is loaded, from the tools and options the cache was written with, the previous output, the day its pages were
    /// rendered on and the stamps of the files every page is made from (<see cref="SiteWideSources"/>), as the last
    /// build recorded them. Not seen here: a file changed with its size and time kept, or a cache damaged since.
    /// </summary>
    public string? WhyEveryPageWillBeRendered(DateOnly today)
    {
        if (!File.Exists(_file))
        {
            return "no build cache for this output folder";
        }

        try
        {
            using var reader = CacheFile.Open(InputsFile);
            if (reader is null)
            {
                return "no record of what the last build was made from";
            }

            if (WhyNotReusable(reader) is { } why)
            {
                return why;
            }

            if (reader.ReadInt32() != today.DayNumber)
            {
                return "the last build was on another day";
            }

            var recorded = ReadList(reader, () => (Path: reader.ReadString(), Stamp: new FileStamp(reader.ReadInt64(), reader.ReadInt64())));
            return recorded.SequenceEqual(SiteWideSources(_siteRoot)) ? null : "a file every page is made from changed, came or went";
        }
        catch (Exception failure) when (CacheFile.IsUnusableRecord(failure))
        {
            return "the record of what the last build was made from could not be read";
        }
    }

    /// <summary>
    /// The stamp of each source file every page is made from, by path in order: all but the articles and sources,
    /// which pages name as their own (the files <see cref="ContentInputs"/> hashes into the site stamp).
    /// </summary>
    public static List<(string Path, FileStamp Stamp)> SiteWideSources(string siteRoot)
    {
        var root = Path.GetFullPath(siteRoot);
        return SiteLoader.SourceFilesOf(root)
            .Where(path => !SiteLoader.IsArticleOrReference(root, path))
            .Select(path => (Path: Path.GetRelativePath(root, path).Replace('\\', '/'), Stamp: FileStamp.Of(new FileInfo(path))))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The previous build to reuse pages from, or null and why the build starts clean.</summary>
    public (PreviousBuild? Previous, string Why) Load()
    {
        if (!File.Exists(_file))
        {
            return (null, "clean build: no build cache for this output folder");
        }

        try
        {
            using var reader = CacheFile.Open(_file);
            if (reader is null)
            {
                return (null, "clean build: the build cache is damaged");
            }

            if (WhyNotReusable(reader) is { } why)
            {
                return (null, $"clean build: {why}");
            }

            var files = ReadList(reader, () => (Path: reader.ReadString(), Stamp: new FileStamp(reader.ReadInt64(), reader.ReadInt64()), IsSitePath: reader.ReadBoolean()));
            var siteStamp = reader.ReadString();
            var items = ReadList(reader, () => (Path: reader.ReadString(), Fingerprint: reader.ReadString(), Listing: reader.ReadString()));
            var pages = ReadList(reader, () => new RenderedPage(new PageKey(reader.ReadString(), reader.ReadString()), reader.ReadString(), files[reader.ReadInt32()].Path,
                ReadList(reader, () => items[reader.ReadInt32()].Path)));
            var paths = files.Where(file => file.IsSitePath).Select(file => file.Path).ToList();
            var output = new PreviousOutput(_output, new OutputManifest(files.ToDictionary(file => file.Path, file => file.Stamp, StringComparer.Ordinal)));
            var memo = new RenderMemo
            {
                Inputs = new ContentInputs(siteStamp, items.ToDictionary(item => item.Path, item => item.Fingerprint, StringComparer.Ordinal),
                    items.Where(item => item.Listing.Length > 0).ToDictionary(item => item.Path, item => item.Listing, StringComparer.Ordinal)),
            };
            foreach (var page in pages.Where(page => output.Holds(page.OutputPath)))
            {
                memo.Record(page.Page, page.Stamp, page.OutputPath, page.Inputs);
            }

            var (trusted, recorded) = output.Counts;
            return (new PreviousBuild(memo, output, paths), $"incremental: {trusted} of the previous output's {recorded} files unchanged since it was built");
        }
        catch (Exception failure) when (CacheFile.IsUnusableRecord(failure))
        {
            return (null, "clean build: the build cache could not be read");
        }
    }

    /// <summary>
    /// Why the cache whose first records <paramref name="reader"/> is at cannot be used (they name the tools and the
    /// options that wrote it), or the previous output is gone; null when it can.
    /// </summary>
    private string? WhyNotReusable(BinaryReader reader)
    {
        if (reader.ReadString() != _tools)
        {
            return "the build cache is from another version of the generator or of Pagefind";
        }

        if (reader.ReadString() != _settings)
        {
            return "the build cache is from a build with other options";
        }

        return Directory.Exists(_output) ? null : "the previous output is gone";
    }

    /// <summary>
    /// The files the last build into this folder wrote, as its cache lists them, even when that build's pages cannot be
    /// reused (another version of the generator or Pagefind, other options): what tells a file put into its output by hand
    /// from the build's own. Null when no cache lists them (none, damaged, or of another format).
    /// </summary>
    public BuiltFiles? LastBuiltFiles()
    {
        try
        {
            using var reader = CacheFile.Open(_file);
            if (reader is null || !reader.ReadString().StartsWith(Format + "\n", StringComparison.Ordinal))
            {
                return null;
            }

            _ = reader.ReadString();
            return BuiltFiles.Of(ReadList(reader, () =>
            {
                var path = reader.ReadString();
                _ = (reader.ReadInt64(), reader.ReadInt64(), reader.ReadBoolean());
                return path;
            }));
        }
        catch (Exception failure) when (CacheFile.IsUnusableRecord(failure))
        {
            return null;
        }
    }

    /// <summary>
    /// Records the build just swapped into place, with the manifest of its output that staging kept (the output is not
    /// listed again), and beside it the day its pages were rendered on and the stamps of the files every page is made
    /// from, taken before they were read. A cache that cannot be written is deleted, so the next build is clean; if
    /// even that fails, the manifest still keeps the next build from trusting files it does not describe.
    /// </summary>
    public void Save(RenderedSite site, OutputManifest manifest, DateOnly day, IReadOnlyList<(string Path, FileStamp Stamp)> siteWideSources)
    {
        try
        {
            CacheFile.Write(_file, writer =>
            {
                writer.Write(_tools);
                writer.Write(_settings);
                // Each path is written once: the site's paths are flagged among the output's files, and a page names its file by number.
                var files = manifest.Files.ToList();
                var sitePaths = site.Paths.ToHashSet(StringComparer.Ordinal);
                var numbers = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
                WriteList(writer, files, file =>
                {
                    numbers.Add(file.Key, numbers.Count);
                    writer.Write(file.Key);
                    writer.Write(file.Value.Length);
                    writer.Write(file.Value.LastWriteTicks);
                    writer.Write(sitePaths.Contains(file.Key));
                });
                var inputs = site.Memo.Inputs ?? throw new InvalidOperationException("a build's memo records what its pages were made from");
                writer.Write(inputs.SiteStamp);
                var items = inputs.ItemFingerprints.ToList();
                var itemNumbers = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
                WriteList(writer, items, item =>
                {
                    itemNumbers.Add(item.Key, itemNumbers.Count);
                    writer.Write(item.Key);
                    writer.Write(item.Value);
                    writer.Write(inputs.ArticleListings.GetValueOrDefault(item.Key, ""));
                });
                // A page whose file the output does not hold could not be reused anyway (see Load), nor one made from a file
                // this build does not know, whose changes could not be followed.
                WriteList(writer, site.Memo.Pages.Where(page => numbers.ContainsKey(page.OutputPath) && page.Inputs.All(itemNumbers.ContainsKey)).ToList(), page =>
                {
                    writer.Write(page.Page.Renderer);
                    writer.Write(page.Page.Item);
                    writer.Write(page.Stamp);
                    writer.Write(numbers[page.OutputPath]);
                    WriteList(writer, page.Inputs, input => writer.Write(itemNumbers[input]));
                });
            });
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            Forget();
            return;
        }

        try
        {
            CacheFile.Write(InputsFile, writer =>
            {
                writer.Write(_tools);
                writer.Write(_settings);
                writer.Write(day.DayNumber);
                WriteList(writer, siteWideSources, source =>
                {
                    writer.Write(source.Path);
                    writer.Write(source.Stamp.Length);
                    writer.Write(source.Stamp.LastWriteTicks);
                });
            });
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // Without it, the next build only runs as if it will render every page.
            CacheFile.TryDelete(InputsFile);
        }
    }

    /// <summary>Deletes the cache, so that the next build is clean.</summary>
    private void Forget()
    {
        try
        {
            File.Delete(_file);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // The manifest check still stands between a stale cache and a wrong page.
        }
    }

    private static List<T> ReadList<T>(BinaryReader reader, Func<T> read)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new FormatException("a negative count");
        }

        // Sized at once: a list grown by doubling to tens of thousands of records leaves large arrays behind, and each
        // record takes at least a byte, so a damaged count cannot ask for more than the file holds.
        var items = new List<T>((int)Math.Min(count, reader.BaseStream.Length - reader.BaseStream.Position));
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items;
    }

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyCollection<T> items, Action<T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>The previous build a build may reuse: its memo (pages whose files are untouched), its output and its paths.</summary>
internal sealed record PreviousBuild(RenderMemo Memo, PreviousOutput Output, IReadOnlyList<string> Paths);

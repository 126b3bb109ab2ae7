using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// The files of a site folder that builds wrote, as a record vouches for them: what tells a file an editor put into
/// the output by hand (which is set aside, never deleted: <see cref="SetAsideFolder"/>) from a build's own. A file of the
/// search index is told by its name, which Pagefind chooses (serve writes a new index in place, outside any build's
/// record), and the marker is every build's.
/// </summary>
public sealed partial class BuiltFiles
{
    private const string Format = "kb-built-files 1";

    /// <summary>The records that vouch for files, each able to tell a path and to list its paths; null when every file of the folder is a build's.</summary>
    private readonly IReadOnlyList<(Func<string, bool> Names, IEnumerable<string> Paths)>? _records;

    private BuiltFiles(IReadOnlyList<(Func<string, bool> Names, IEnumerable<string> Paths)>? records) => _records = records;

    /// <summary>A folder that holds only what builds wrote (a staging folder once <see cref="FolderSink.Into"/> has cleared it).</summary>
    public static BuiltFiles Every { get; } = new(null);

    /// <summary>A folder that holds the files of a build's output as its manifest lists them (read, not copied).</summary>
    public static BuiltFiles Of(OutputManifest manifest) => new([(manifest.Files.ContainsKey, manifest.Files.Keys)]);

    /// <summary>A folder that holds these files of builds.</summary>
    public static BuiltFiles Of(IEnumerable<string> relativePaths)
    {
        var paths = relativePaths.ToHashSet(StringComparer.Ordinal);
        return new([(paths.Contains, paths)]);
    }

    /// <summary>Whether a build wrote the file at this path of the folder.</summary>
    public bool Wrote(string relativePath) =>
        _records is null || _records.Any(record => record.Names(relativePath)) || relativePath == OutputFolderGuard.MarkerFileName
        || IsSearchIndexFile(relativePath);

    /// <summary>Whether the file at this path of a site folder is one the indexer writes, by the name Pagefind gives it.</summary>
    public static bool IsSearchIndexFile(string relativePath) => SearchIndexFile().IsMatch(relativePath);

    /// <summary>The names Pagefind gives the files of the index it writes into the site's pagefind/ folder.</summary>
    [GeneratedRegex(@"\A" + SiteUrls.PagefindFolder + @"/(pagefind[-.][^/]*|wasm\.[^/]+\.pagefind|(fragment|index|filter)/[^/]+\.pf_(fragment|index|filter))\z")]
    private static partial Regex SearchIndexFile();

    /// <summary>The files either vouches for.</summary>
    public BuiltFiles And(BuiltFiles other) => _records is null || other._records is null ? Every : new([.. _records, .. other._records]);

    /// <summary>The record kept in <paramref name="file"/>, or null when it is missing, damaged or cannot be read.</summary>
    public static BuiltFiles? Read(string file)
    {
        try
        {
            using var reader = CacheFile.Open(file);
            if (reader is null || reader.ReadString() != Format)
            {
                return null;
            }

            if (reader.ReadBoolean())
            {
                return Every;
            }

            var count = reader.ReadInt32();
            var paths = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                paths.Add(reader.ReadString());
            }

            return Of(paths);
        }
        catch (Exception failure) when (CacheFile.IsUnusableRecord(failure))
        {
            return null;
        }
    }

    /// <summary>
    /// Keeps <paramref name="built"/> in <paramref name="file"/>, or deletes the file when <paramref name="built"/> is null
    /// (nothing vouches for the folder) or it cannot be written: a missing record only makes the next build more careful.
    /// </summary>
    public static void Keep(string file, BuiltFiles? built)
    {
        try
        {
            if (built is null)
            {
                File.Delete(file);
                return;
            }

            CacheFile.Write(file, writer =>
            {
                writer.Write(Format);
                writer.Write(built._records is null);
                if (built._records is not null)
                {
                    // Each path once: a path is written with the first record that names it.
                    var paths = built._records.SelectMany((record, index) => record.Paths.Where(path => !built._records.Take(index).Any(earlier => earlier.Names(path)))).ToList();
                    writer.Write(paths.Count);
                    foreach (var path in paths)
                    {
                        writer.Write(path);
                    }
                }
            });
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception deleting) when (deleting is IOException or UnauthorizedAccessException)
            {
                // A stale record vouches for files that may no longer be builds'; with no way to write the cache, the next build reads none either.
            }
        }
    }
}

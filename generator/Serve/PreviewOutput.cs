using System.Security.Cryptography;
using KnowledgeBase.Content;
using KnowledgeBase.Render;

namespace KnowledgeBase.Serve;

/// <summary>
/// Brings the served folder up to date with a rebuilt preview file by file, writing only files whose bytes
/// changed, so a one-article edit rewrites a handful of files rather than the whole site. Each file is replaced by
/// a rename, so a page being served is never half written. Files the site no longer has are removed, except the
/// search index, which <see cref="PreviewSearchIndex"/> keeps up to date.
/// </summary>
public sealed class PreviewOutput(string outputFolder)
{
    private readonly string _root = Path.GetFullPath(outputFolder);

    /// <summary>The hash of each file as last written, so unchanged files are not even read back.</summary>
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);

    /// <summary>Writes what changed and removes what went; returns how many files were written or removed.</summary>
    public int Update(IReadOnlyList<OutputFile> files)
    {
        var changes = 0;
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            current.Add(file.RelativePath);
            var hash = Convert.ToHexString(SHA256.HashData(file.Bytes));
            var path = Path.Combine(_root, file.RelativePath);
            var unchanged = _written.TryGetValue(file.RelativePath, out var known) ? known == hash : IsOnDisk(path, file.Bytes);
            if (!unchanged)
            {
                Replace(path, file.Bytes);
                changes++;
            }

            _written[file.RelativePath] = hash;
        }

        foreach (var stale in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
                     .Select(path => Path.GetRelativePath(_root, path).Replace('\\', '/'))
                     .Where(relative => !current.Contains(relative) && !relative.StartsWith(SiteUrls.PagefindFolder + "/", StringComparison.Ordinal))
                     .ToList())
        {
            File.Delete(Path.Combine(_root, stale));
            _written.Remove(stale);
            changes++;
        }

        return changes;
    }

    private static bool IsOnDisk(string path, byte[] bytes) =>
        File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    private static void Replace(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".preview-tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}

using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Load;

/// <summary>
/// Reads editor-written files defensively: a file that is too large, binary, not UTF-8 or outside the
/// content folder becomes a diagnostic instead of an exception or an unbounded allocation.
/// </summary>
public sealed class ContentFileReader(string siteRoot, DiagnosticBag diagnostics)
{
    /// <summary>No article comes near this; it bounds memory when someone commits the wrong file.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Characters other than tab, line feed and carriage return that XML (the feed, the sitemap) refuses.</summary>
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The fingerprint and revision stamp of each file read, by the full path it was read by, made from the bytes as
    /// read: the loader fingerprints every source file and stamps every English one, which would otherwise read
    /// every content file twice more.
    /// </summary>
    private readonly ConcurrentDictionary<string, (string Fingerprint, string Stamp)> _hashes = new(StringComparer.Ordinal);

    /// <summary>Path of <paramref name="fullPath"/> relative to the site root, with forward slashes.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(siteRoot, fullPath).Replace('\\', '/');

    /// <summary>Reads the file as text, or reports why it cannot and returns null.</summary>
    public SourceText? Read(string fullPath, string allowedFolder)
    {
        var relative = Relative(fullPath);
        if (ReadBytes(fullPath, allowedFolder) is not { } bytes)
        {
            return null;
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(DiagnosticCode.UnreadableFile, LocationOfByte(relative, bytes, nul),
                "the file contains binary data (a NUL byte), not text; is it really a Markdown file?");
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            var control = text.AsSpan().IndexOfAny(ControlCharacters);
            if (control >= 0)
            {
                diagnostics.Error(DiagnosticCode.UnreadableFile, LocationOfByte(relative, bytes, StrictUtf8.GetByteCount(text.AsSpan(0, control))),
                    $"the file contains the control character U+{(int)text[control]:X4}, which no page, feed or sitemap can hold; delete it");
                return null;
            }

            return new SourceText(relative, text.StartsWith('\uFEFF') ? text[1..] : text);
        }
        catch (DecoderFallbackException invalid)
        {
            diagnostics.Error(DiagnosticCode.UnreadableFile, LocationOfByte(relative, bytes, Math.Max(0, invalid.Index)),
                "the file is not valid UTF-8 text; save it again as UTF-8 in your editor");
            return null;
        }
    }

    /// <summary>Reads the file's bytes (text or not, such as a template's script), or reports why it cannot and returns null.</summary>
    public byte[]? ReadBytes(string fullPath, string allowedFolder)
    {
        var info = new FileInfo(fullPath);
        // A plain file in the folder, the usual case, is told from one look at it (a link, a folder or a missing file
        // is not): every content file is read on every build, and each further look is a system call.
        if (info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0 && info.Length <= MaxFileBytes && IsInside(info.FullName, allowedFolder))
        {
            return Hashed(fullPath, info);
        }

        var location = SourceLocation.StartOf(Relative(fullPath));
        string? resolved;
        try
        {
            resolved = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            diagnostics.Error(DiagnosticCode.UnreadableFile, location,
                $"this file is a link to '{info.LinkTarget}', which leads back round to itself; put the file itself here instead");
            return null;
        }

        if (resolved is null || !IsInside(resolved, allowedFolder))
        {
            diagnostics.Error(DiagnosticCode.PathOutsideContent, location,
                $"this file links to '{info.LinkTarget}', which is outside {Relative(allowedFolder)}/; copy the file into the folder instead of linking to it");
            return null;
        }

        if (Directory.Exists(resolved))
        {
            diagnostics.Error(DiagnosticCode.UnreadableFile, location, "this is a folder, not a file; " + FolderAdvice(location.Path));
            return null;
        }

        if (!File.Exists(resolved))
        {
            if (info.LinkTarget is not null)
            {
                diagnostics.Error(DiagnosticCode.UnreadableFile, location,
                    $"this file is a link to '{info.LinkTarget}', which does not exist; put the file itself here, or delete the link");
            }

            // Otherwise it was deleted after it was listed: an editor saving by rename, or a file deleted while serve rebuilds.
            return null;
        }

        var length = new FileInfo(resolved).Length;
        if (length > MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCode.FileTooLarge, location,
                $"the file is {length / 1024.0 / 1024.0:0.0} MB; content files are limited to {MaxFileBytes / 1024 / 1024} MB (split it into several articles)");
            return null;
        }

        return Hashed(fullPath, new FileInfo(resolved));
    }

    private static bool IsInside(string resolvedPath, string folder) =>
        resolvedPath.StartsWith(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Reads the file and keeps its hashes under the path it was asked by; null when it was deleted meanwhile.</summary>
    private byte[]? Hashed(string fullPath, FileInfo file)
    {
        try
        {
            var bytes = BytesOf(file);
            _hashes[fullPath] = (FingerprintOf(bytes), RevisionStamp.Of(bytes));
            return bytes;
        }
        catch (Exception deleted) when (deleted is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The fingerprint and revision stamp of a file this reader read, or null when it did not read it.</summary>
    public (string Fingerprint, string Stamp)? HashesOf(string fullPath) => _hashes.TryGetValue(fullPath, out var hashes) ? hashes : null;

    /// <summary>
    /// What to do about a folder where a file is read: in a folder of articles, pages or sources it is most likely a
    /// subfolder an editor made; anywhere else the site reads a file of that name, and the folder is in its way.
    /// </summary>
    private static string FolderAdvice(string relativePath)
    {
        if (relativePath == PublishedUrlManifest.FileName)
        {
            return $"{PublishedUrlManifest.FileName} is the record of every URL the site has published, which each build adds to. If the folder holds " +
                   "that file, move the file out in place of the folder; otherwise rename the folder, and restore the file from the repository's history " +
                   "(git checkout -- published-urls.txt)";
        }

        return Path.GetDirectoryName(relativePath)?.Replace('\\', '/') is "content/articles" or "content/references" or "content/pages"
            ? "content files cannot be in subfolders, so move what is in it up a level and delete the folder"
            : $"the site reads the file {relativePath} here, so rename or move the folder and put that file in its place";
    }

    /// <summary>A file's fingerprint: the SHA-256 of its bytes, in lowercase hex.</summary>
    public static string FingerprintOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Whether anything has this name: a file, a folder, a FIFO or a link, even one to nothing.</summary>
    public static bool IsThere(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// Every file in the folder and its subfolders, linked files included; a link to a folder is not followed, since
    /// it may lead outside the folder or round to the folder itself.
    /// </summary>
    public static IEnumerable<string> FilesUnder(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    /// <summary>
    /// The file's bytes. What shows no bytes is not opened: an empty file has nothing to read, and a FIFO or a device,
    /// which also shows none, would keep the build waiting for ever on the read.
    /// </summary>
    public static byte[] BytesOf(string path) => BytesOf(new FileInfo(path));

    private static byte[] BytesOf(FileInfo file) => file.Length == 0 ? [] : File.ReadAllBytes(file.FullName);

    private static SourceLocation LocationOfByte(string path, byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(path, line, index - lineStart + 1);
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Content;

namespace KnowledgeBase.Emit;

/// <summary>
/// Decides whether a build may write into a folder. A build replaces its output folder whole, so it may only replace
/// a folder an earlier build wrote (it carries <see cref="MarkerFileName"/>), or a new or empty one; never the site's
/// own folder, a folder above it, a folder of its sources, or another site.
/// </summary>
public static partial class OutputFolderGuard
{
    /// <summary>The file every build leaves in its output, the same bytes each time: a folder without it is not the build's to replace.</summary>
    public const string MarkerFileName = ".kb-output";

    /// <summary>The output folder the command line builds into when none is given.</summary>
    public const string DefaultOutputFolder = "_site";

    private const string StagingKind = "staging";
    private const string RetiredKind = "previous";

    /// <summary>The most bytes a file or folder name may take on Linux's file systems (and most others).</summary>
    private const int MaxNameBytes = 255;

    /// <summary>The most bytes a whole path may take on Linux (PATH_MAX, its closing zero byte included).</summary>
    private const int MaxPathBytes = 4_096;

    /// <summary>
    /// The longest output folder path a build can always write below and beside: what a build adds to it is at most a
    /// staging or retired folder's suffix beside it (".", ".previous-" and a process id), and below it a site path
    /// (<see cref="SiteUrls.MaxSitePathBytes"/>) made a file name ("index.html", 10 bytes) and written under a temporary name
    /// first ("." + process id + ".tmp"), with the closing zero byte. Refused before a build starts, not found by the
    /// disk after its work is done.
    /// </summary>
    private const int MaxOutputPathBytes = MaxPathBytes - 1 - (2 + 9 + 10) - SiteUrls.MaxSitePathBytes - 10 - (1 + 10 + 4);

    private static readonly byte[] MarkerBytes =
        "This folder is the output of a build of the mesotherapy evidence knowledge base; each build replaces it whole.\n"u8.ToArray();

    /// <summary>The repository's folders of sources, code and history: no output may go inside one.</summary>
    private static readonly string[] SourceFolders = ["content", "templates", "generator", "tests", "i18n", "docs", ".git", ".github", ".ci"];

    /// <summary>Why the site must not be built into <paramref name="outputFolder"/>, or null when it may be.</summary>
    public static string? Refusal(string siteRoot, string outputFolder)
    {
        if (string.IsNullOrWhiteSpace(outputFolder) || outputFolder.Contains('\0'))
        {
            return "it is not a folder name";
        }

        var given = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        if (Encoding.UTF8.GetByteCount(given) is var length && length > MaxOutputPathBytes)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"its full path is {length:N0} bytes long, and a path on the disk may be at most {MaxPathBytes:N0} bytes: with the {MaxPathBytes - MaxOutputPathBytes:N0} " +
                $"a build may add below and beside it (a page's address, up to {SiteUrls.MaxSitePathBytes:N0} bytes, and the names of its staging and temporary files), " +
                $"an output folder's full path may be at most {MaxOutputPathBytes:N0} bytes. Build into a folder with a shorter path");
        }

        if (File.Exists(given))
        {
            return "it is a file, not a folder";
        }

        if (new DirectoryInfo(given).LinkTarget is { } target)
        {
            return $"it is a symbolic link (to {target}), and a build replaces the folder it is given; give the folder itself";
        }

        string output, root;
        try
        {
            (output, root) = (ResolvedPath(given), ResolvedPath(siteRoot));
        }
        catch (IOException)
        {
            return "a symbolic link on its path cannot be followed (it may point to itself)";
        }

        if (IsSameOrInside(root, output))
        {
            return output == root ? "it is the site's own folder, which holds its sources" : $"it holds the site's own folder, {root}";
        }

        if (SourceFolders.FirstOrDefault(folder => IsSameOrInside(output, Path.Combine(root, folder))) is { } sources)
        {
            return output == Path.Combine(root, sources) ? $"it is {sources}/, which holds the site's sources" : $"it is inside {sources}/, which holds the site's sources";
        }

        if (IsMountPoint(output))
        {
            return "it is a mount point (a disk is mounted there), and a build puts its new site in place by renaming folders, which a mount " +
                   $"point cannot be: build into a folder inside it, such as {Path.Combine(output, DefaultOutputFolder)}";
        }

        if (Directory.Exists(output) && (File.Exists(Path.Combine(output, "site.yml")) || Directory.Exists(Path.Combine(output, "content"))))
        {
            return "it holds a site's sources (site.yml or content/)";
        }

        if (!IsOwned(output))
        {
            return $"it holds files that no build wrote: it has no {MarkerFileName} file, which every build leaves in its output. " +
                   $"If it is the output of a build made before builds left that file, delete the folder yourself and build again";
        }

        var stranger = BuildLeftovers(output)
            .FirstOrDefault(leftover => new DirectoryInfo(leftover).LinkTarget is not null || !IsOwned(leftover));
        return stranger is null
            ? null
            : $"beside it, {Path.GetFileName(stranger)} is named like the folders a build writes next to its output, but no build wrote it; rename it";
    }

    /// <summary>Throws <see cref="OutputFolderRefusedException"/>, before anything is touched, when the site must not be built into the folder.</summary>
    public static void ThrowIfRefused(string siteRoot, string outputFolder)
    {
        if (Refusal(siteRoot, outputFolder) is { } reason)
        {
            throw new OutputFolderRefusedException(outputFolder, reason);
        }
    }

    /// <summary>The staging folder a build writes its output into, beside the output, named by the writing process.</summary>
    public static string StagingFolder(string output, int processId) => BesideOutput(output, StagingKind, processId);

    /// <summary>Where a build puts the output it replaces until it is deleted.</summary>
    public static string RetiredFolder(string output, int processId) => BesideOutput(output, RetiredKind, processId);

    /// <summary>True for a leftover beside <paramref name="output"/> that is an earlier output a build retired.</summary>
    public static bool IsRetiredFolder(string output, string leftover) =>
        Path.GetFileName(leftover).StartsWith(LeftoverPrefix(output, RetiredKind), StringComparison.Ordinal);

    /// <summary>
    /// The staging and retired folders beside an output, of this build or of earlier ones, in a stable order. Names are
    /// compared as they are, not as patterns: an output named with '*' or '?' must not claim another output's folders.
    /// </summary>
    public static IEnumerable<string> BuildLeftovers(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        string[] prefixes = [LeftoverPrefix(output, StagingKind), LeftoverPrefix(output, RetiredKind)];
        return Directory.Exists(parent)
            ? Directory.EnumerateDirectories(parent)
                .Where(folder => prefixes.Any(prefix => Path.GetFileName(folder).StartsWith(prefix, StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal)
            : [];
    }

    private static string BesideOutput(string output, string kind, int processId) =>
        Path.Combine(Path.GetDirectoryName(output)!, LeftoverPrefix(output, kind) + processId.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The folder beside the output where builds set aside what they find in it that no build wrote
    /// (<see cref="Emit.SetAsideFolder"/>): the output's name and ".set-aside", the name shortened as a staging folder's is.
    /// </summary>
    public static string SetAsideFolder(string output)
    {
        const string Suffix = ".set-aside";
        return Path.Combine(Path.GetDirectoryName(output)!, NameWithin(Path.GetFileName(output), MaxNameBytes - Suffix.Length) + Suffix);
    }

    /// <summary>
    /// How the names of the folders a build writes beside <paramref name="output"/> start: "." and the output's name,
    /// then ".staging-" or ".previous-", and a process id follows.
    /// </summary>
    private static string LeftoverPrefix(string output, string kind)
    {
        var longestStem = MaxNameBytes - $".{RetiredKind}-".Length - int.MaxValue.ToString(CultureInfo.InvariantCulture).Length;
        return $".{NameWithin(Path.GetFileName(output), longestStem - 1)}.{kind}-";
    }

    /// <summary>
    /// The output's name, or for a name longer than <paramref name="maxBytes"/> its start with a hash of the whole of it
    /// added, so that any output folder the file system accepts can be built into, and two long names that start alike
    /// still name different folders beside it.
    /// </summary>
    private static string NameWithin(string name, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(name) <= maxBytes)
        {
            return name;
        }

        var hash = "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];
        return Utf8Start(name, maxBytes - hash.Length) + hash;
    }

    /// <summary>The longest start of <paramref name="text"/> that takes at most <paramref name="maxBytes"/> bytes in UTF-8, never half a character.</summary>
    private static string Utf8Start(string text, int maxBytes)
    {
        var (length, bytes) = (0, 0);
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            length += rune.Utf16SequenceLength;
        }

        return text[..length];
    }

    /// <summary>Leaves the marker in a folder a build is writing, replacing (never writing into) whatever had its name.</summary>
    public static void Mark(string folder) => FileReplacement.Replace(Path.Combine(folder, MarkerFileName), MarkerBytes);

    /// <summary>True for a folder that is missing, empty, or carries the marker: the folders a build may replace.</summary>
    public static bool IsOwned(string folder)
    {
        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return true;
        }

        var marker = new FileInfo(Path.Combine(folder, MarkerFileName));
        return marker is { Exists: true, LinkTarget: null } && marker.Length == MarkerBytes.Length && File.ReadAllBytes(marker.FullName).AsSpan().SequenceEqual(MarkerBytes);
    }

    /// <summary>Whether a file system is mounted at <paramref name="folder"/> (a resolved path); Linux lists them in /proc/self/mountinfo.</summary>
    private static bool IsMountPoint(string folder)
    {
        const string MountTable = "/proc/self/mountinfo";
        if (!OperatingSystem.IsLinux() || !File.Exists(MountTable))
        {
            return false;
        }

        // The fifth field is where it is mounted, with space, tab, newline and backslash written as octal escapes.
        return File.ReadLines(MountTable)
            .Select(line => line.Split(' '))
            .Any(fields => fields.Length > 4 && Unescaped(fields[4]) == folder);

        static string Unescaped(string field) => OctalEscape().Replace(field,
            escape => ((char)Convert.ToInt32(escape.Groups[1].Value, 8)).ToString());
    }

    // Source-generated, so every build does not parse the pattern and set up the interpreter again.
    [GeneratedRegex(@"\\([0-7]{3})")]
    private static partial Regex OctalEscape();

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The absolute path with every symbolic link in it resolved, for the part of it that exists.</summary>
    internal static string ResolvedPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var parent = Path.GetDirectoryName(full);
        if (parent is null)
        {
            return full;
        }

        var resolved = Path.Combine(ResolvedPath(parent), Path.GetFileName(full));
        var target = new FileInfo(resolved).LinkTarget is null ? null : new FileInfo(resolved).ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? resolved : ResolvedPath(target.FullName);
    }
}

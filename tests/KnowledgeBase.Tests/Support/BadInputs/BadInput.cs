using System.Diagnostics;
using System.Text;

namespace KnowledgeBase.Tests.Support.BadInputs;

/// <summary>
/// One way of spoiling a site: the file it spoils (relative to the site root), what a person reads about it, and the
/// change it makes to the site's folder.
/// </summary>
public sealed record BadInput(string File, string Description, Action<string> Apply)
{
    /// <summary>Rewrites one file of the site (a file not there yet starts empty) with <paramref name="change"/>.</summary>
    public static BadInput Rewrite(string file, string what, Func<byte[], byte[]> change) => new(file, $"{file}: {what}", siteRoot =>
    {
        var path = Path.Combine(siteRoot, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var before = System.IO.File.Exists(path) ? System.IO.File.ReadAllBytes(path) : [];
        System.IO.File.WriteAllBytes(path, change(before));
    });

    /// <summary>Puts something that is not a plain file of the site where <paramref name="file"/> is (or would be).</summary>
    public static BadInput Replace(string file, FileKind kind) => new(file, $"{file}: replaced by {kind}", siteRoot =>
    {
        var path = Path.Combine(siteRoot, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.Delete(path);
        var outside = Path.Combine(siteRoot, "outside");
        Directory.CreateDirectory(outside);
        switch (kind)
        {
            case FileKind.Folder:
                Directory.CreateDirectory(path);
                System.IO.File.WriteAllText(Path.Combine(path, "inside.md"), TestSite.SampleArticle);
                break;
            case FileKind.Fifo:
                MakeFifo(path);
                break;
            case FileKind.LinkToFileOutside:
                var target = Path.Combine(outside, Path.GetFileName(file));
                System.IO.File.WriteAllText(target, TestSite.SampleArticle);
                System.IO.File.CreateSymbolicLink(path, target);
                break;
            case FileKind.LinkToFolderOutside:
                System.IO.File.WriteAllText(Path.Combine(outside, "inside.md"), TestSite.SampleArticle);
                Directory.CreateSymbolicLink(path, outside);
                break;
            case FileKind.LinkToSiteRoot:
                Directory.CreateSymbolicLink(path, siteRoot);
                break;
            case FileKind.LinkToNothing:
                System.IO.File.CreateSymbolicLink(path, Path.Combine(outside, "missing.md"));
                break;
            case FileKind.LinkToItself:
                System.IO.File.CreateSymbolicLink(path, path);
                break;
            default:
                throw new UnreachableException(kind.ToString());
        }
    });

    /// <summary>This bad input, then <paramref name="next"/>, which spoils another file.</summary>
    public BadInput Then(BadInput next) => new(File, $"{Description}; then {next.Description}", siteRoot =>
    {
        Apply(siteRoot);
        next.Apply(siteRoot);
    });

    public override string ToString() => Description;

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        var errors = mkfifo.StandardError.ReadToEnd();
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path}: {errors}");
        }
    }
}

/// <summary>What can stand in a folder under a content file's name besides a file.</summary>
public enum FileKind
{
    Folder,
    Fifo,
    LinkToFileOutside,
    LinkToFolderOutside,
    LinkToSiteRoot,
    LinkToNothing,
    LinkToItself,
}

/// <summary>The kinds of place in a file where a file is cut or a stray byte lands.</summary>
public enum PositionClass
{
    Anywhere,
    InsideFrontMatter,
    AtFence,
    MidUtf8Sequence,
    MidKey,
    MidCitation,
}

/// <summary>
/// A place of one class in a file: <see cref="Pick"/> chooses among the file's places of that class, so the same
/// position lands in the same place of the same file. A file without such a place is cut anywhere.
/// </summary>
public sealed record Position(PositionClass Class, uint Pick)
{
    public int In(byte[] bytes)
    {
        var candidates = Candidates(bytes);
        return candidates.Count == 0 ? (int)(Pick % (uint)(bytes.Length + 1)) : candidates[(int)(Pick % (uint)candidates.Count)];
    }

    public override string ToString() => $"at {Class} pick {Pick}";

    private List<int> Candidates(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return Class switch
        {
            PositionClass.InsideFrontMatter when text.StartsWith("---\n", StringComparison.Ordinal) =>
                [.. Enumerable.Range(4, Math.Max(0, EndOfFrontMatter(text) - 4))],
            PositionClass.AtFence => [.. Fences(text).SelectMany(fence => new[] { fence, fence + 1, fence + 3, fence + 4 }).Where(at => at <= bytes.Length)],
            PositionClass.MidUtf8Sequence => [.. Enumerable.Range(0, bytes.Length).Where(index => (bytes[index] & 0xC0) == 0x80)],
            PositionClass.MidKey => [.. Keys(text)],
            PositionClass.MidCitation => [.. Citations(text)],
            _ => [],
        };
    }

    private static int EndOfFrontMatter(string text)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + 1;
    }

    private static IEnumerable<int> Fences(string text)
    {
        for (var at = text.IndexOf("---", StringComparison.Ordinal); at >= 0; at = text.IndexOf("---", at + 3, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] == '\n')
            {
                yield return at;
            }
        }
    }

    /// <summary>Offsets inside the name of a YAML key ("  title:" gives the offsets of "itle").</summary>
    private static IEnumerable<int> Keys(string text)
    {
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var content = line.TrimStart(' ', '-');
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon > 1 && content[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                var keyStart = lineStart + line.Length - content.Length;
                for (var offset = 1; offset < colon; offset++)
                {
                    yield return keyStart + offset;
                }
            }

            lineStart += line.Length + 1;
        }
    }

    /// <summary>Offsets inside a citation, from just after its '[' to just before its ']'.</summary>
    private static IEnumerable<int> Citations(string text)
    {
        for (var at = text.IndexOf("[@", StringComparison.Ordinal); at >= 0; at = text.IndexOf("[@", at + 1, StringComparison.Ordinal))
        {
            var end = text.IndexOf(']', at);
            for (var offset = at + 1; offset < (end < 0 ? text.Length : end); offset++)
            {
                yield return offset;
            }
        }
    }
}

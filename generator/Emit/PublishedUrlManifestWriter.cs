using System.Text;
using KnowledgeBase.Content;
using KnowledgeBase.Load;

namespace KnowledgeBase.Emit;

/// <summary>
/// Records a build's URLs in published-urls.txt: new paths are added, nothing is removed, and a retired path that is
/// published again loses its "retired" mark. Every other line is the editor's and stays as it is, comments included;
/// a new path goes before the first recorded path that sorts after it, so a sorted file stays sorted. The file is
/// read again when the build ends, not taken from what the build loaded, so an edit made while the site was being
/// built is kept; and it is rewritten only when it changes, so a build of unchanged content leaves it (and its
/// timestamp) alone.
/// </summary>
public static class PublishedUrlManifestWriter
{
    private const string Header = """
        # Every URL this site has published, one site path per line. `build` adds new ones; commit this file.
        # `check` fails (KB040) when a URL listed here is no longer produced as a page or as an alias.
        # Renamed a page? Add the old path to the article's `aliases` instead of deleting its line here.
        # To retire a URL on purpose, keep its line and add the reason after it, for example:
        #   /articles/old-name/ retired: merged into /articles/new-name/
        """;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Write(string siteRoot, IEnumerable<string> publishedPaths)
    {
        var path = Path.Combine(siteRoot, PublishedUrlManifest.FileName);
        if (CurrentLines(path) is not { } lines)
        {
            // Changed since the build read it into something that is not text: the next build reports it (KB009).
            return;
        }

        var published = publishedPaths.ToHashSet(StringComparer.Ordinal);
        var recorded = lines.Select(RecordedPath).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unrecorded = new Queue<string>(published.Except(recorded).Order(StringComparer.Ordinal));
        var merged = new List<string>(lines.Count + unrecorded.Count);
        // Comments and blank lines after a recorded path belong to the path that follows them, so a new path goes above them.
        var leadingIn = new List<string>();
        var pastFirstPath = false;
        foreach (var line in lines)
        {
            if (RecordedPath(line) is not { } recordedPath)
            {
                (pastFirstPath ? leadingIn : merged).Add(line);
                continue;
            }

            while (unrecorded.TryPeek(out var newPath) && string.CompareOrdinal(newPath, recordedPath) < 0)
            {
                merged.Add(unrecorded.Dequeue());
            }

            merged.AddRange(leadingIn);
            leadingIn.Clear();
            merged.Add(published.Contains(recordedPath) ? recordedPath : line);
            pastFirstPath = true;
        }

        merged.AddRange(unrecorded);
        merged.AddRange(leadingIn);
        FileReplacement.WriteIfChanged(path, Encoding.UTF8.GetBytes(string.Concat(merged.Select(line => line + "\n"))));
    }

    /// <summary>
    /// The file's lines as they are now, without their line ends; the header alone when there is no file (or a FIFO or
    /// an empty file, which show no bytes and are replaced); null when it is not UTF-8 text.
    /// </summary>
    private static List<string>? CurrentLines(string path)
    {
        var bytes = File.Exists(path) ? ContentFileReader.BytesOf(path) : [];
        if (bytes.Length == 0)
        {
            return [.. Header.ReplaceLineEndings("\n").Split('\n')];
        }

        try
        {
            var text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF').ReplaceLineEndings("\n");
            return [.. (text.EndsWith('\n') ? text[..^1] : text).Split('\n')];
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The site path a line records (its first word, when that starts with '/'), or null for a comment or a blank line.</summary>
    private static string? RecordedPath(string line) =>
        line.TrimStart() is var text && text.StartsWith('/') ? text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0] : null;
}

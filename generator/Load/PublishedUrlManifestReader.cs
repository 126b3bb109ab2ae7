using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Load;

/// <summary>
/// Reads published-urls.txt: one site path per line ("/articles/x/"), optionally followed by
/// "retired: reason"; blank lines and lines starting with '#' are ignored.
/// </summary>
public static class PublishedUrlManifestReader
{
    public static PublishedUrlManifest Read(string siteRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteRoot, PublishedUrlManifest.FileName);
        if (!ContentFileReader.IsThere(path))
        {
            return PublishedUrlManifest.None;
        }

        var source = new ContentFileReader(siteRoot, diagnostics).Read(path, siteRoot);
        return source is null ? new PublishedUrlManifest(true, []) : new PublishedUrlManifest(true, Parse(source, diagnostics));
    }

    public static IReadOnlyList<PublishedUrl> Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var urls = new List<PublishedUrl>();
        var lines = source.Text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var text = line.TrimStart();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var location = new SourceLocation(source.Path, index + 1, line.Length - text.Length + 1);
            var parts = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            var retired = parts.Length == 2 ? RetiredNote(parts[1]) : null;
            if (!parts[0].StartsWith('/') || (parts.Length == 2 && retired is null))
            {
                diagnostics.Error(DiagnosticCode.InvalidUrlManifest, location,
                    $"'{text}' is not a line of {PublishedUrlManifest.FileName}: write one path per line, such as /articles/mesotherapy-for-fat/, optionally followed by '{PublishedUrlManifest.RetiredMarker}: why'");
                continue;
            }

            urls.Add(new PublishedUrl(parts[0], index + 1, retired));
        }

        return urls;
    }

    /// <summary>"retired" or "retired: merged into ..." gives the reason (possibly empty); anything else, null.</summary>
    private static string? RetiredNote(string rest)
    {
        if (!rest.StartsWith(PublishedUrlManifest.RetiredMarker, StringComparison.Ordinal))
        {
            return null;
        }

        var note = rest[PublishedUrlManifest.RetiredMarker.Length..].Trim();
        return note.Length == 0 ? "" : note.StartsWith(':') ? note[1..].Trim() : null;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Render;

/// <summary>
/// Decides, page by page, whether the previous build's file can be kept: a page is rendered again only when one of
/// its own sources (the files it declares), what it shows of other content (the text it declares, such as the titles
/// of the articles it links to) or anything site-wide (settings, templates, assets, other content, base URL, today's
/// date) changed. A full build has no previous memo and renders every page.
/// </summary>
public sealed class PageReuse(RenderMemo? previous, string siteStamp, IReadOnlyDictionary<string, string> sourceFingerprints)
{
    /// <summary>What this build rendered each page from, for the next build.</summary>
    public RenderMemo Next { get; } = new();

    public OutputFile RenderOrKeep(PageKey page, IEnumerable<string> sources, string shown, Func<OutputFile> render)
    {
        var stamp = Stamp(sources, shown);
        if (previous?.Unchanged(page, stamp) is { } outputPath)
        {
            Next.Record(page, stamp, outputPath);
            return OutputFile.KeptFromPreviousBuild(outputPath);
        }

        var file = render();
        Next.Record(page, stamp, file.RelativePath);
        return file;
    }

    /// <summary>A hash of the site-wide inputs, of what the page shows of other content and of each source file's fingerprint (a missing file has none).</summary>
    private string Stamp(IEnumerable<string> sources, string shown)
    {
        var text = new StringBuilder(siteStamp).Append('\n').Append(shown.Length).Append(':').Append(shown);
        foreach (var source in sources)
        {
            text.Append('\n').Append(source).Append('=').Append(sourceFingerprints.GetValueOrDefault(source, "missing"));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

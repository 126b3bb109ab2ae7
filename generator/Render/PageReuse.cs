using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Render;

/// <summary>
/// Decides, page by page, whether the previous build's file can be kept: a page is rendered again only when one of
/// its own sources (the files it declares) or anything site-wide (settings, templates, assets, other content, base
/// URL, today's date) changed. A full build has no previous memo and renders every page.
/// </summary>
public sealed class PageReuse(RenderMemo? previous, string siteStamp, IReadOnlyDictionary<string, string> sourceFingerprints)
{
    /// <summary>What this build rendered each page from, for the next build.</summary>
    public RenderMemo Next { get; } = new();

    public OutputFile RenderOrKeep(PageKey page, IEnumerable<string> sources, Func<OutputFile> render)
    {
        var stamp = Stamp(sources);
        if (previous?.Unchanged(page, stamp) is { } outputPath)
        {
            Next.Record(page, stamp, outputPath);
            return OutputFile.KeptFromPreviousBuild(outputPath);
        }

        var file = render();
        Next.Record(page, stamp, file.RelativePath);
        return file;
    }

    /// <summary>A hash of the site-wide inputs and of each source file's fingerprint (a missing file has none).</summary>
    private string Stamp(IEnumerable<string> sources)
    {
        var text = new StringBuilder(siteStamp);
        foreach (var source in sources)
        {
            text.Append('\n').Append(source).Append('=').Append(sourceFingerprints.GetValueOrDefault(source, "missing"));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;

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
    /// <remarks>
    /// Hashed piece by piece as UTF-8 rather than joined into one string first: a page's shown text can be long (a
    /// topic page shows the title and summary of every article it lists), and every page is stamped.
    /// </remarks>
    private string Stamp(IEnumerable<string> sources, string shown)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[1024];
        AppendUtf8(hash, buffer, siteStamp);
        AppendUtf8(hash, buffer, $"\n{shown.Length}:");
        AppendUtf8(hash, buffer, shown);
        foreach (var source in sources)
        {
            AppendUtf8(hash, buffer, "\n");
            AppendUtf8(hash, buffer, source);
            AppendUtf8(hash, buffer, "=");
            AppendUtf8(hash, buffer, sourceFingerprints.GetValueOrDefault(source, "missing"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendUtf8(IncrementalHash hash, Span<byte> buffer, ReadOnlySpan<char> text)
    {
        OperationStatus status;
        do
        {
            status = Utf8.FromUtf16(text, buffer, out var read, out var written);
            hash.AppendData(buffer[..written]);
            text = text[read..];
        }
        while (status == OperationStatus.DestinationTooSmall);
    }
}

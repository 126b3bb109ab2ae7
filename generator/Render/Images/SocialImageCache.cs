using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Render.Images;

/// <summary>
/// Painted social images kept between builds in <c>.cache/social-images/</c> under the site root (ignored by git,
/// never published), named by a hash of everything that decides their pixels: the title, the site name and the
/// generator build that paints them. An unchanged title is read back instead of repainted, which is most of a
/// rebuild's time saved; since the name covers every input, a cached image has the bytes a fresh paint would give.
/// </summary>
public sealed class SocialImageCache(string siteRoot)
{
    private static readonly byte[] PngEnd = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    private readonly string _folder = CacheFile.PathIn(siteRoot, "social-images");

    /// <summary>The cached image for these inputs, or a fresh one from <paramref name="paint"/>, which is then kept.</summary>
    public byte[] GetOrPaint(string title, string siteName, Func<byte[]> paint)
    {
        var path = Path.Combine(_folder, Key(title, siteName) + ".png");
        if (TryRead(path) is { } cached)
        {
            return cached;
        }

        var painted = paint();
        CacheFile.TryWrite(path, painted);
        return painted;
    }

    /// <summary>
    /// Deletes cached images that no page of the latest build uses, so the cache stays the size of the site.
    /// A build running at the same time that loses an image this way simply paints it again.
    /// </summary>
    public void KeepOnly(IEnumerable<(string Title, string SiteName)> used)
    {
        if (!Directory.Exists(_folder))
        {
            return;
        }

        var keep = used.Select(image => Key(image.Title, image.SiteName) + ".png").ToHashSet(StringComparer.Ordinal);
        try
        {
            foreach (var file in Directory.EnumerateFiles(_folder).Where(file => !keep.Contains(Path.GetFileName(file))))
            {
                CacheFile.TryDelete(file);
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed is pruned by a later build that can; the build tells of it (CacheFile.WhyUnusable).
        }
    }

    private static string Key(string title, string siteName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{GeneratorIdentity.Current}\n{siteName}\n{title}")));

    /// <summary>A file that is missing, unreadable or cut short (the PNG end chunk is absent) counts as not cached.</summary>
    private static byte[]? TryRead(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return bytes.AsSpan().EndsWith(PngEnd) ? bytes : null;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

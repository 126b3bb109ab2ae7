using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Render.Images;

/// <summary>
/// Painted social images kept between builds in <c>.cache/social-images/</c> under the site root (ignored by git,
/// never published). Each is named by a hash of everything that decides its pixels (the title, the site name and the
/// generator build that paints them) followed by the fingerprint of its bytes, so one listing of the folder tells a
/// build the names of every unchanged image without reading any back: only the images a build writes and did not paint are read. An
/// unchanged title is read back instead of repainted, which is most of a rebuild's time saved; since the name covers
/// every input, a cached image has the bytes a fresh paint would give.
/// </summary>
public sealed class SocialImageCache
{
    private readonly string _folder;
    private readonly Lazy<Listing> _listing;

    // Written whole under its name by this build from bytes it hashed, so the file holds them without being read back.
    private readonly ConcurrentDictionary<string, byte> _writtenThisBuild = new(StringComparer.Ordinal);

    public SocialImageCache(string siteRoot)
    {
        _folder = CacheFile.PathIn(siteRoot, "social-images");
        _listing = new Lazy<Listing>(() => Listing.Of(_folder));
    }

    /// <summary>
    /// The fingerprint of the image for these inputs (<see cref="ContentFingerprint"/>): from the name of its cached
    /// file, or of a fresh one from <paramref name="paint"/>, which is then kept.
    /// </summary>
    public string FingerprintOf(string title, string siteName, Func<byte[]> paint)
    {
        var key = Key(title, siteName);
        if (_listing.Value.Fingerprints.TryGetValue(key, out var fingerprint))
        {
            return fingerprint;
        }

        var painted = paint();
        fingerprint = ContentFingerprint.Of(painted);
        var path = PathOf(key, fingerprint);
        if (CacheFile.TryWrite(path, painted))
        {
            _writtenThisBuild.TryAdd(path, 0);
        }

        return fingerprint;
    }

    /// <summary>
    /// The output file of the image with this fingerprint. One this build painted and kept is held in its cached file
    /// (<see cref="OutputFile.HeldAt"/>), which the emit stage links instead of reading, hashing and writing its bytes
    /// again; any other is read from the cache, or painted, as <see cref="BytesOf"/> tells.
    /// </summary>
    public OutputFile FileOf(string relativePath, string title, string siteName, string fingerprint, Func<byte[]> paint)
    {
        var path = PathOf(Key(title, siteName), fingerprint);
        return _writtenThisBuild.ContainsKey(path)
            ? OutputFile.HeldIn(relativePath, path, () => BytesOf(title, siteName, fingerprint, paint))
            : new OutputFile(relativePath, BytesOf(title, siteName, fingerprint, paint));
    }

    /// <summary>
    /// The bytes of the image with this fingerprint: the cached file's, or, when it is missing or does not hold them
    /// (cut short, say), a fresh paint's, which is then kept again.
    /// </summary>
    private byte[] BytesOf(string title, string siteName, string fingerprint, Func<byte[]> paint)
    {
        var path = PathOf(Key(title, siteName), fingerprint);
        if (TryRead(path) is { } cached && ContentFingerprint.Of(cached) == fingerprint)
        {
            return cached;
        }

        var painted = paint();
        CacheFile.TryWrite(path, painted);
        return painted;
    }

    /// <summary>
    /// Deletes cached images that no page of the latest build uses, so the cache stays the size of the site. Only files
    /// the listing saw are deleted: those this build painted are all in use. A build running at the same time that loses
    /// an image this way simply paints it again.
    /// </summary>
    public void KeepOnly(IEnumerable<(string Title, string SiteName)> used)
    {
        var listing = _listing.Value;
        var keep = used.Select(image => Key(image.Title, image.SiteName))
            .Where(listing.Fingerprints.ContainsKey)
            .Select(key => FileName(key, listing.Fingerprints[key]))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var name in listing.Names.Where(name => !keep.Contains(name)))
        {
            CacheFile.TryDelete(Path.Combine(_folder, name));
        }
    }

    private string PathOf(string key, string fingerprint) => Path.Combine(_folder, FileName(key, fingerprint));

    private static string FileName(string key, string fingerprint) => $"{key}.{fingerprint}.png";

    private static string Key(string title, string siteName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{GeneratorIdentity.Current}\n{siteName}\n{title}")));

    private static byte[]? TryRead(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The names of the files in the cache folder, and the fingerprint each cached image's name gives for its key (a
    /// name of another form, such as a temporary file or an image of an older cache, names no image).
    /// </summary>
    private sealed record Listing(IReadOnlyList<string> Names, IReadOnlyDictionary<string, string> Fingerprints)
    {
        private const int KeyLength = 64;

        public static Listing Of(string folder)
        {
            string[] names;
            try
            {
                names = Directory.Exists(folder) ? Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().ToArray() : [];
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                names = [];
            }

            var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (FingerprintIn(name) is { } fingerprint)
                {
                    fingerprints.TryAdd(name[..KeyLength], fingerprint);
                }
            }

            return new Listing(names, fingerprints);
        }

        private static string? FingerprintIn(string name)
        {
            var fingerprint = name.Length > KeyLength + ".".Length + ".png".Length && name[KeyLength] == '.' && name.EndsWith(".png", StringComparison.Ordinal)
                ? name[(KeyLength + 1)..^".png".Length]
                : "";
            return fingerprint.Length > 0 && IsLowerHex(name.AsSpan(0, KeyLength)) && IsLowerHex(fingerprint) ? fingerprint : null;
        }

        private static bool IsLowerHex(ReadOnlySpan<char> text) => !text.ContainsAnyExcept("0123456789abcdef");
    }
}

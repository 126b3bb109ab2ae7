namespace KnowledgeBase.Content;

/// <summary>
/// published-urls.txt: every site path the site has ever published, so that a renamed or deleted page is
/// noticed before the URL breaks for the clinics that link to it. Committed with the content.
/// </summary>
/// <param name="Exists">False before the first build of a new site, when nothing has been published.</param>
public sealed record PublishedUrlManifest(bool Exists, IReadOnlyList<PublishedUrl> Urls)
{
    public const string FileName = "published-urls.txt";

    /// <summary>The word after a path that marks it as retired on purpose.</summary>
    public const string RetiredMarker = "retired";

    public static readonly PublishedUrlManifest None = new(false, []);
}

/// <summary>One line of the manifest: a site path, the line it is on, and the reason it was retired, if it was.</summary>
public sealed record PublishedUrl(string Path, int Line, string? Retired)
{
    public bool IsRetired => Retired is not null;
}

using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Link;

namespace KnowledgeBase.Render;

/// <summary>
/// What the pages of one build were made from, beyond each page's own files: the site stamp (a hash of every file that
/// is not an article or a source, the base URL, the repository address and today's date), the fingerprint of each
/// article and source (the files a page names as its own), and for each article a hash of what other pages can show of
/// it (its front matter and the sources it cites, in order). An edit of an article's body changes its fingerprint but
/// not what others show of it, so only the pages made from its file can change (<see cref="PageReuse.Untouched"/>).
/// </summary>
public sealed record ContentInputs(string SiteStamp, IReadOnlyDictionary<string, string> ItemFingerprints, IReadOnlyDictionary<string, string> ArticleListings)
{
    /// <summary>The day whose date pages show notices by (the site stamp holds it).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static ContentInputs Of(SiteGraph graph, DateOnly today)
    {
        var published = graph.PublishedArticles.ToHashSet(ReferenceEqualityComparer.Instance);
        var items = graph.Content.Articles.Select(article => article.SourcePath)
            .Concat(graph.Content.References.All.Select(reference => reference.SourcePath))
            .ToHashSet(StringComparer.Ordinal);
        var fingerprints = graph.Content.SourceFingerprints.Where(source => items.Contains(source.Key)).ToDictionary(StringComparer.Ordinal);
        var listings = graph.Content.Articles.ToDictionary(article => article.SourcePath,
            article => Listing(article.FrontMatterKey, published.Contains(article) ? graph.Citations.Of(article).Numbering.Keys : []), StringComparer.Ordinal);
        return new ContentInputs(SiteStampOf(graph, today, items), fingerprints, listings);
    }

    /// <summary>
    /// The articles whose file changed since <paramref name="previous"/>, when nothing else did: the same site stamp,
    /// the same sources, the same articles, and each changed article showing others what it showed. Null when anything
    /// else changed, and every page must be stamped.
    /// </summary>
    public IReadOnlySet<string>? ChangedBodiesSince(ContentInputs previous)
    {
        if (SiteStamp != previous.SiteStamp || ItemFingerprints.Count != previous.ItemFingerprints.Count)
        {
            return null;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, fingerprint) in ItemFingerprints)
        {
            if (previous.ItemFingerprints.GetValueOrDefault(path) == fingerprint)
            {
                continue;
            }

            if (!ArticleListings.TryGetValue(path, out var listing) || previous.ArticleListings.GetValueOrDefault(path) != listing)
            {
                return null;
            }

            changed.Add(path);
        }

        return changed;
    }

    private static string Listing(string frontMatterKey, IEnumerable<string> citedKeys) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', citedKeys.Prepend(frontMatterKey)))));

    /// <summary>
    /// A hash of everything site-wide that a page can show: every source file except articles and references (each
    /// page declares which of those it is made from), the base URL, the repository address (which a build may set
    /// instead of site.yml) and today's date (review-overdue notices).
    /// </summary>
    private static string SiteStampOf(SiteGraph graph, DateOnly today, HashSet<string> items)
    {
        var text = new StringBuilder().Append(graph.Urls.BaseUrl.AbsoluteUri).Append('\n').Append(graph.Content.Settings.Repository?.AbsoluteUri)
            .Append('\n').Append(today.DayNumber);
        foreach (var (path, fingerprint) in graph.Content.SourceFingerprints.Where(source => !items.Contains(source.Key)).OrderBy(source => source.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(path).Append('=').Append(fingerprint);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

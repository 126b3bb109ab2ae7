using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Emit;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Follows every internal link of a built site as a reader would, for any test to use. Each HTML page is parsed
/// with AngleSharp; every href and src, every meta refresh target, and every absolute URL on the site itself
/// (canonical, og:url, og:image) is resolved against the page's public address under the site's base URL, and
/// must name a file in the output, with any #fragment naming an element on that page. sitemap.xml, feed.xml
/// and _redirects are checked the same way. Links to other sites are not followed.
/// </summary>
public sealed class LinkChecker
{
    private static readonly (string Selector, string Attribute)[] LinkAttributes =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("area[href]", "href"), ("script[src]", "src"), ("img[src]", "src"),
        ("iframe[src]", "src"), ("source[src]", "src"), ("form[action]", "action"), ("meta[property='og:url']", "content"),
        ("meta[property='og:image']", "content"), ("meta[name='twitter:image']", "content"),
    ];

    private readonly string _folder;
    private readonly Uri _baseUrl;
    private readonly Dictionary<string, IDocument> _pages = new(StringComparer.Ordinal);
    private readonly HtmlParser _parser = new();

    private LinkChecker(string folder, Uri baseUrl)
    {
        _folder = Path.GetFullPath(folder);
        _baseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
    }

    /// <summary>Every broken internal link in the site built into <paramref name="folder"/> for <paramref name="baseUrl"/>, as "page: link (reason)".</summary>
    public static IReadOnlyList<string> BrokenLinks(string folder, Uri baseUrl) => new LinkChecker(folder, baseUrl).Check();

    /// <summary>
    /// The public address of every file in the site built into <paramref name="folder"/> and of every internal link
    /// target anywhere in it (pages, assets, feeds, redirect targets), without fragments, for a test that fetches
    /// them from a real server.
    /// </summary>
    public static IReadOnlySet<Uri> InternalUrls(string folder, Uri baseUrl) => new LinkChecker(folder, baseUrl).Urls();

    private SortedSet<Uri> Urls()
    {
        var urls = new SortedSet<Uri>(Comparer<Uri>.Create((a, b) => string.CompareOrdinal(a.AbsoluteUri, b.AbsoluteUri)));
        foreach (var relative in OutputFiles())
        {
            var pageUrl = PublicUrlOf(relative);
            urls.Add(pageUrl);
            foreach (var link in LinksIn(relative))
            {
                if (Uri.TryCreate(pageUrl, link, out var target) && IsOnThisSite(target))
                {
                    urls.Add(new Uri(target.GetLeftPart(UriPartial.Query)));
                }
            }
        }

        return urls;
    }

    /// <summary>The site's files; the build's marker is for the generator, and static hosts need not serve hidden files.</summary>
    private IEnumerable<string> OutputFiles() =>
        Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(_folder, file).Replace('\\', '/'))
            .Where(path => path != OutputFolderGuard.MarkerFileName)
            .Order(StringComparer.Ordinal);

    private bool IsOnThisSite(Uri target) =>
        target.Scheme == _baseUrl.Scheme && target.Authority == _baseUrl.Authority;

    private List<string> Check()
    {
        var broken = new List<string>();
        foreach (var relative in OutputFiles())
        {
            var pageUrl = PublicUrlOf(relative);
            foreach (var link in LinksIn(relative))
            {
                if (Problem(pageUrl, link) is { } problem)
                {
                    broken.Add($"{relative}: {link} ({problem})");
                }
            }
        }

        return broken;
    }

    private IEnumerable<string> LinksIn(string relative) => relative switch
    {
        _ when relative.EndsWith(".html", StringComparison.Ordinal) => HtmlLinks(Page(relative)),
        "sitemap.xml" => XDocument.Load(Path.Combine(_folder, relative)).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value),
        "feed.xml" => XDocument.Load(Path.Combine(_folder, relative)).Descendants().Where(e => e.Name.LocalName == "link")
            .Select(e => (string?)e.Attribute("href") ?? ""),
        "_redirects" => File.ReadAllLines(Path.Combine(_folder, relative))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)),
        _ => [],
    };

    private static IEnumerable<string> HtmlLinks(IDocument page)
    {
        foreach (var (selector, attribute) in LinkAttributes)
        {
            foreach (var element in page.QuerySelectorAll(selector))
            {
                yield return element.GetAttribute(attribute)!;
            }
        }

        foreach (var refresh in page.QuerySelectorAll("meta[http-equiv='refresh']"))
        {
            var content = refresh.GetAttribute("content") ?? "";
            var at = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
            yield return at < 0 ? "" : content[(at + 4)..].Trim();
        }
    }

    /// <summary>Why the link is broken, or null when it works (or leads off the site, which is not checked).</summary>
    private string? Problem(Uri pageUrl, string link)
    {
        if (link.Length == 0)
        {
            return "empty link";
        }

        if (!Uri.TryCreate(pageUrl, link, out var target))
        {
            return "not a valid URL";
        }

        if (!IsOnThisSite(target))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(_baseUrl.AbsolutePath, StringComparison.Ordinal))
        {
            return $"outside the site's base path {_baseUrl.AbsolutePath}";
        }

        var relative = path[_baseUrl.AbsolutePath.Length..];
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (!File.Exists(Path.Combine(_folder, file)))
        {
            return Directory.Exists(Path.Combine(_folder, relative)) ? "a folder: the link must end with /" : "no such file in the output";
        }

        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (fragment.Length > 0 && file.EndsWith(".html", StringComparison.Ordinal))
        {
            var page = Page(file);
            if (page.GetElementById(fragment) is null && page.QuerySelector($"a[name='{fragment.Replace("'", "\\'")}']") is null)
            {
                return $"no element with id '{fragment}' on {file}";
            }
        }

        return null;
    }

    private Uri PublicUrlOf(string relative) =>
        new(_baseUrl, relative == "index.html" ? "" : relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative);

    private IDocument Page(string relative)
    {
        if (!_pages.TryGetValue(relative, out var page))
        {
            page = _parser.ParseDocument(File.ReadAllText(Path.Combine(_folder, relative)));
            _pages.Add(relative, page);
        }

        return page;
    }
}

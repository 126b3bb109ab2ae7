using AngleSharp.Html.Parser;

namespace KnowledgeBase.Tests.Support;

/// <summary>One file of a built site: its site path, its language, and its kind (the English address pattern it follows).</summary>
public sealed record BuiltFile(string Path, string Language, string Kind);

/// <summary>
/// The kinds of page a built site has, found from its addresses: a kind is an English address with each folder
/// below the first, and a file's name, replaced by "*" ("/articles/*/", "/references/*.bib", "/about/"). A page in
/// another language (its &lt;html lang&gt;) is of the kind of the English page its language switcher leads to, so a
/// translated slug ("/es/politica-editorial/") is still of its English page's kind ("/editorial-policy/"); any other
/// file under "/&lt;lang&gt;/" is of the kind of its address without that folder.
/// </summary>
public static class PageKinds
{
    /// <summary>
    /// What is not a kind of page: the site's machinery (fingerprinted assets, the search index, its vocabulary, ordinary
    /// words and word lists, the host's files, the build's marker) and redirect stubs, which only send an old address on
    /// to a page.
    /// </summary>
    private static readonly string[] Machinery = ["/assets/", "/pagefind/", "/search/words/", "/search/vocabulary", "/search/ordinary-words", "/_headers", "/_redirects", "/.kb-output"];

    public static IReadOnlyList<BuiltFile> Of(string output, string referenceLanguage = "en")
    {
        var parser = new HtmlParser();
        var paths = Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .Select(file => "/" + System.IO.Path.GetRelativePath(output, file).Replace('\\', '/'))
            .Where(path => !Machinery.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(path => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path)
            .ToList();
        var pages = paths.Where(IsPage).Select(path => Page(output, path, referenceLanguage, parser)).OfType<BuiltFile>().ToList();
        var languages = pages.Select(page => page.Language).Where(language => language != referenceLanguage).ToHashSet(StringComparer.Ordinal);
        var files = paths.Where(path => !IsPage(path)).Select(path =>
            path.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var first, _, ..] && languages.Contains(first)
                ? new BuiltFile(path, first, KindOf(path[(first.Length + 1)..]))
                : new BuiltFile(path, referenceLanguage, KindOf(path)));
        return pages.Concat(files).OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
    }

    private static bool IsPage(string path) => path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal);

    private static BuiltFile? Page(string output, string path, string referenceLanguage, HtmlParser parser)
    {
        var page = parser.ParseDocument(File.ReadAllText(System.IO.Path.Combine(output, path.Trim('/'), path.EndsWith('/') ? "index.html" : "")));
        if (page.QuerySelector("meta[http-equiv=refresh]") is not null)
        {
            return null;
        }

        var language = page.DocumentElement.GetAttribute("lang") ?? referenceLanguage;
        var english = language == referenceLanguage
            ? path
            : page.QuerySelector($".language-switcher a[hreflang='{referenceLanguage}']")?.GetAttribute("href") ?? path[(language.Length + 1)..];
        return new BuiltFile(path, language, KindOf(english));
    }

    /// <summary>"/articles/x/" is "/articles/*/", "/topics/x/page/2/" is "/topics/*/*/*/", "/references/x.bib" is "/references/*.bib"; the first folder stays.</summary>
    public static string KindOf(string englishPath)
    {
        var folder = englishPath.EndsWith('/');
        var segments = englishPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length <= 1)
        {
            return englishPath;
        }

        var rest = segments.Skip(1).Select((segment, index) =>
            !folder && index == segments.Length - 2 ? "*" + System.IO.Path.GetExtension(segment) : "*");
        return $"/{segments[0]}/{string.Join('/', rest)}{(folder ? "/" : "")}";
    }
}

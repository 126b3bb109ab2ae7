using System.Text;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render;

/// <summary>
/// Writes <c>_headers</c> for hosts that read one (Netlify, Cloudflare Pages): the security headers on every
/// page, framing allowed only for embed cards, year-long caching for fingerprinted assets and revalidation
/// for HTML, so a new stylesheet is never hidden behind a stale page.
/// </summary>
public static class HostHeadersFile
{
    public const string FileName = SiteUrls.HeadersFile;

    public static OutputFile Create(IEnumerable<string> outputPaths, string basePath)
    {
        var text = new StringBuilder();
        text.Append("# Written by the generator; see README \"Publishing\". Rules are matched against paths under the base path.\n");

        // Netlify joins the values of every matching rule, so rules are chosen not to overlap: one per
        // top-level folder of pages, with the embed folder alone allowed to be framed. A folder that holds embed cards
        // below it (a language's, es/embed/) gets one rule per folder inside it instead.
        var pages = outputPaths.Where(path => path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var splitFolders = pages.Where(path => SecurityHeaders.IsFrameable(path) && !SecurityHeaders.IsFrameable(TopFolderOf(path)))
            .Select(TopFolderOf)
            .ToHashSet(StringComparer.Ordinal);
        var pagePatterns = pages
            .Select(path => splitFolders.Contains(TopFolderOf(path)) ? TopFolderOf(path) + PatternFor(path[TopFolderOf(path).Length..]) : PatternFor(path))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var pattern in pagePatterns)
        {
            var frameable = SecurityHeaders.IsFrameable(pattern);
            Rule(text, basePath + pattern, [
                ("Content-Security-Policy", SecurityHeaders.PolicyFor(frameable)),
                .. frameable ? [] : new[] { ("X-Frame-Options", "DENY") },
                .. SecurityHeaders.Common,
                ("Cache-Control", Revalidate),
            ]);
        }

        Rule(text, basePath + "assets/*", [("Cache-Control", Immutable), .. SecurityHeaders.Common]);
        return RenderContext.Text(FileName, text.ToString());
    }

    /// <summary>For files under assets/, whose names carry a hash of their bytes: a changed file gets a new name.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "public, max-age=0, must-revalidate";

    /// <summary>"index.html" is the site root, "404.html" itself, "articles/x/index.html" the folder "articles/*".</summary>
    private static string PatternFor(string path) =>
        path == "index.html" ? "" : path.Contains('/') ? path[..(path.IndexOf('/') + 1)] + "*" : path;

    /// <summary>"es/embed/x/index.html" is in the folder "es/"; "index.html" in none ("").</summary>
    private static string TopFolderOf(string path) => path.Contains('/') ? path[..(path.IndexOf('/') + 1)] : "";

    private static void Rule(StringBuilder text, string path, IEnumerable<(string Name, string Value)> headers)
    {
        text.Append(path).Append('\n');
        foreach (var (name, value) in headers)
        {
            text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }
    }
}

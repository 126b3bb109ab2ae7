using System.Net;
using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks every link and image in the content that points into this site against what the build renders: the
/// page must exist, and so must the section its '#fragment' names. Checking the rendered pages, rather than
/// what the content says it will publish, covers every kind of page (articles, references, tags) alike.
/// </summary>
public static partial class InternalLinkValidator
{
    /// <summary>A stand-in origin for resolving relative links; links to any other host are not ours to check.</summary>
    private static readonly Uri Origin = new("https://site.invalid/");

    /// <summary>
    /// The links of every published article and page, read before rendering (which rewrites them under the base
    /// path). Drafts are left out: they are not published, so their links are checked once they are.
    /// </summary>
    public static IReadOnlyList<ContentLink> Collect(SiteContent content) =>
        content.Articles.Where(article => !article.Meta.Draft)
            .SelectMany(article => LinksIn(SiteUrls.ArticlePath(article.Slug), article.BodyFacts))
            .Concat(content.Pages.SelectMany(page => LinksIn(SiteUrls.PagePath(page.Slug), page.BodyFacts)))
            .ToList();

    /// <summary>
    /// The output files whose HTML the check of these links reads (the pages '#fragment' links point into), so that
    /// a build streaming its pages to disk keeps those few in memory for <see cref="Validate"/>.
    /// </summary>
    public static IReadOnlySet<string> SectionTargets(IReadOnlyList<ContentLink> links) =>
        links.Select(Resolve)
            .Where(target => target is { Fragment.Length: > 0 })
            .SelectMany(target => new[] { SiteUrls.OutputPathOf(target!.Value.Path), SiteUrls.OutputPathOf(target.Value.Path + "/") })
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Checks the links against the rendered site: <paramref name="outputPaths"/> are its files, and
    /// <paramref name="readPage"/> gives the HTML of any of the <see cref="SectionTargets"/>.
    /// </summary>
    public static void Validate(
        IReadOnlyList<ContentLink> links, SiteContent content, IReadOnlyList<string> outputPaths, Func<string, string> readPage, DiagnosticBag diagnostics)
    {
        var files = outputPaths.ToHashSet(StringComparer.Ordinal);
        var ids = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (Resolve(link) is not var (path, fragment))
            {
                continue;
            }

            var target = FileServing(path, files);
            if (target is null)
            {
                ReportMissingPage(link, path, content, outputPaths, diagnostics);
            }
            else if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal))
            {
                if (!ids.TryGetValue(target, out var known))
                {
                    known = IdsIn(readPage(target));
                    ids.Add(target, known);
                }

                if (!known.Contains(fragment))
                {
                    var page = path == link.PagePath ? "this page" : $"the page {path}";
                    diagnostics.Error(DiagnosticCode.BrokenSectionLink, link.Location,
                        $"the link '{link.Url}' is broken: {page} has no section with the id '{fragment}'{Suggestions.DidYouMean(fragment, known)}");
                }
            }
        }
    }

    private static IEnumerable<ContentLink> LinksIn(string pagePath, MarkdownFacts body) =>
        body.Links
            .Where(link => link.Url.Length > 0)
            .Select(link => new ContentLink(link.Location, pagePath, link.Url, link.IsImage));

    /// <summary>The site path and fragment a link leads to, or null when it leads off the site (or is mail, a phone number...).</summary>
    private static (string Path, string Fragment)? Resolve(ContentLink link)
    {
        if (!Uri.TryCreate(new Uri(Origin, link.PagePath), link.Url, out var target) || target.Scheme != Origin.Scheme || target.Authority != Origin.Authority)
        {
            return null;
        }

        return (Uri.UnescapeDataString(target.AbsolutePath), Uri.UnescapeDataString(target.Fragment.TrimStart('#')));
    }

    /// <summary>The file a static host would serve for a site path; a folder without its trailing '/' is redirected to it.</summary>
    private static string? FileServing(string path, IReadOnlySet<string> files) =>
        files.Contains(SiteUrls.OutputPathOf(path)) ? SiteUrls.OutputPathOf(path)
        : !path.EndsWith('/') && files.Contains(SiteUrls.OutputPathOf(path + "/")) ? SiteUrls.OutputPathOf(path + "/")
        : null;

    private static void ReportMissingPage(ContentLink link, string path, SiteContent content, IReadOnlyList<string> outputPaths, DiagnosticBag diagnostics)
    {
        var draft = content.Articles.FirstOrDefault(article => article.Meta.Draft && SiteUrls.ArticlePath(article.Slug) == path);
        var hint = draft is not null
            ? $" ({draft.SourcePath} is still a draft: set 'draft: false' there to publish it)"
            : Suggestions.DidYouMean(path, outputPaths.Select(SiteUrls.PublishedPathOf).OfType<string>());
        var what = link.IsImage ? "image" : "link";
        var where = path == link.Url ? "there" : $"at {path}";
        diagnostics.Error(DiagnosticCode.BrokenLink, link.Location, $"the {what} '{link.Url}' is broken: this site has no page or file {where}{hint}");
    }

    private static HashSet<string> IdsIn(string html) =>
        IdAttribute().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();
}

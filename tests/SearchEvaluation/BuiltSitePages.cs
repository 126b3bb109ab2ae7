using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.SearchEvaluation;

/// <summary>
/// The pages of a built site, each read once, asked which judged targets they lack: a page or section the site does
/// not have can never be found, so a mistyped target would count against search instead of against the set.
/// </summary>
public sealed class BuiltSitePages(string output)
{
    private readonly HtmlParser _parser = new();
    private readonly Dictionary<string, IHtmlDocument?> _pages = [];

    /// <summary>
    /// Each target of the set the site lacks, as "file:line: query: target is not on the built site", the file named
    /// from <paramref name="repository"/>; first the search page the set names, if the site lacks it.
    /// </summary>
    public IReadOnlyList<string> Missing(JudgementSet set, string repository)
    {
        var file = Path.GetRelativePath(repository, set.FilePath);
        var searchPage = Has(set.SearchPage) ? [] : new[] { $"{file}:{set.SearchPageLine}: search_page: {set.SearchPage} is not on the built site" };
        return searchPage.Concat(set.Targets.Where(target => !Has(target.Target))
            .Select(target => $"{file}:{target.Line}: {target.Query}: {target.Target} is not on the built site"))
            .ToList();
    }

    // A target is a page's path ("/articles/x/"), or a page's path and the id of an element on it ("#risks").
    private bool Has(string target)
    {
        var parts = target.Split('#', 2);
        if (!parts[0].StartsWith('/') || !parts[0].EndsWith('/'))
        {
            return false;
        }

        var page = Page(parts[0]);
        return page is not null && (parts.Length == 1 || page.GetElementById(parts[1]) is not null);
    }

    private IHtmlDocument? Page(string path)
    {
        if (!_pages.TryGetValue(path, out var page))
        {
            var file = Path.Combine(output, path.Trim('/'), "index.html");
            page = File.Exists(file) ? _parser.ParseDocument(File.ReadAllText(file)) : null;
            _pages[path] = page;
        }

        return page;
    }
}

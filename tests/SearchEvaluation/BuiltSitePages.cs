using AngleSharp.Dom;
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

    /// <summary>
    /// The text a target holds on its built page, as the search indexes it (inside <c>data-pagefind-body</c>, without the
    /// parts marked <c>data-pagefind-ignore</c>): a page's whole body; a section's from its heading to the next heading of
    /// the same or a higher level; a glossary entry's term and its definitions; any other element's own text. Empty for a
    /// target the site lacks.
    /// </summary>
    public string Text(string target)
    {
        var parts = target.Split('#', 2);
        var page = Page(parts[0]);
        var element = parts.Length == 1 ? null : page?.GetElementById(parts[1]);
        if (page is null || (parts.Length == 2 && element is null))
        {
            return "";
        }

        var body = page.QuerySelector("[data-pagefind-body]") ?? page.Body!;
        if (element is null)
        {
            return Indexed(body.GetDescendants());
        }

        if (Level(element) is { } level)
        {
            return Indexed(body.GetDescendants().SkipWhile(node => node != element).Skip(1)
                .TakeWhile(node => node is not IElement other || !(Level(other) <= level)));
        }

        var entry = new List<IElement> { element };
        for (var next = element.NextElementSibling; element.LocalName == "dt" && next?.LocalName == "dd"; next = next.NextElementSibling)
        {
            entry.Add(next);
        }

        return Indexed(entry.SelectMany(part => part.GetDescendants()));
    }

    private static int? Level(IElement element) =>
        element.LocalName is ['h', >= '1' and <= '6'] ? element.LocalName[1] - '0' : null;

    // Each text node apart, so that the words of two elements are not run together.
    private static string Indexed(IEnumerable<INode> nodes) =>
        string.Join(' ', nodes.OfType<IText>().Where(text => text.ParentElement?.Closest("[data-pagefind-ignore]") is null).Select(text => text.Data));

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

using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>One page of a list: its number (from 1) among <paramref name="Count"/> pages and the items it shows.</summary>
public sealed record ListPage<T>(string ListPath, int Number, int Count, IReadOnlyList<T> Items)
{
    public string SitePath => SiteUrls.ListPagePath(ListPath, Number);

    public string OutputPath => SiteUrls.OutputPathOf(SitePath);

    /// <summary>The list's title on its first page; "Sources, page 2 of 3" on the others (list_page_title), so every page has a title of its own.</summary>
    public string Title(string listTitle, PageLanguage language) => Number == 1
        ? listTitle
        : language.Text("list_page_title", ("title", listTitle), ("page", language.Number(Number)), ("count", language.Number(Count)));

    /// <summary>The head's rel="prev"/"next" links and the numbered navigation, or nothing for a list that fits on one page.</summary>
    public PaginationView? Navigation(SiteUrls urls, string listName, PageLanguage language) => Count == 1 ? null : new PaginationView(
        language.Text("pagination_label", ("list", listName)),
        Enumerable.Range(1, Count).Select(number => new PageNumberView(language.Number(number), urls.Public(SiteUrls.ListPagePath(ListPath, number)), number == Number)).ToList(),
        Number > 1 ? urls.Public(SiteUrls.ListPagePath(ListPath, Number - 1)) : null,
        Number < Count ? urls.Public(SiteUrls.ListPagePath(ListPath, Number + 1)) : null);
}

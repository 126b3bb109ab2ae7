using KnowledgeBase.Content;

namespace KnowledgeBase.Render;

/// <summary>
/// Lists that grow with the site (the home page's articles, a topic's articles, the bibliography, the evidence page),
/// split as Hugo's paginator splits them: a list of up to <see cref="PageSize"/> items is one page at its own address,
/// as it always was; a longer one is split into pages of that size, the first at the list's address and the others at
/// <see cref="SiteUrls.ListPagePath"/>, linked with rel="prev"/"next" and a numbered navigation.
/// </summary>
public static class ListPages
{
    /// <summary>
    /// Above every list of today's real site, so none of its pages or anchors moves, and small enough that a page of the
    /// longest kind of entry stays far below the 100 KB compressed budget of a page (docs/performance.md).
    /// </summary>
    public const int PageSize = 200;

    /// <summary>How many pages a list of <paramref name="itemCount"/> items takes: one at least, even when empty.</summary>
    public static int CountFor(int itemCount) => Math.Max(1, (itemCount + PageSize - 1) / PageSize);

    /// <summary>The pages of <paramref name="items"/>, listed at <paramref name="listPath"/>, in order.</summary>
    public static IReadOnlyList<ListPage<T>> Split<T>(IReadOnlyList<T> items, string listPath)
    {
        var count = CountFor(items.Count);
        return Enumerable.Range(1, count)
            .Select(number => new ListPage<T>(listPath, number, count, items.Skip((number - 1) * PageSize).Take(PageSize).ToList()))
            .ToList();
    }
}

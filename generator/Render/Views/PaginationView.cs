namespace KnowledgeBase.Render.Views;

/// <summary>
/// The navigation between the pages of a split list: a link per page, the current one marked, and the previous and
/// next pages (null at either end).
/// </summary>
/// <param name="Label">What the navigation is called to assistive technology, such as "Pages of the sources".</param>
public sealed record PaginationView(string Label, IReadOnlyList<PageNumberView> Pages, string? PreviousUrl, string? NextUrl);

/// <summary>One page of a split list in its navigation.</summary>
public sealed record PageNumberView(string Number, string Url, bool Current);

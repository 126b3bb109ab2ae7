namespace KnowledgeBase.Search;

/// <summary>
/// The kinds of page that search results are filtered by: the value of Pagefind's "type" filter on a page
/// (templates/article.html and reference.html), and the type the search box's word lists give an article.
/// </summary>
public static class SearchPageTypes
{
    public const string Articles = "Articles";

    public const string Sources = "Sources";
}

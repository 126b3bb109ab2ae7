using System.Text.Json;

namespace KnowledgeBase.Render;

/// <summary>
/// The words the search script shows (result counts, the correction, a result's kind), in a page's language. The
/// script has them in English; a page in another language gives them in a JSON block (templates/layout.html) with
/// their <c>{count}</c> and <c>{query}</c> placeholders, which the script fills in.
/// </summary>
public static class SearchScriptWords
{
    /// <summary>The script's name for each word, and the key of its interface string in i18n/&lt;lang&gt;.yml.</summary>
    private static readonly (string Name, string Key)[] Words =
    [
        ("noResults", "search_no_results"),
        ("oneResult", "search_one_result"),
        ("results", "search_results"),
        ("seeAll", "search_see_all"),
        ("onSearchPage", "search_on_search_page"),
        ("unavailable", "search_unavailable"),
        ("showingResultsFor", "search_showing_results_for"),
        ("searchInsteadFor", "search_instead_for"),
        ("article", "search_type_article"),
        ("source", "search_type_source"),
    ];

    /// <summary>The words in <paramref name="language"/>, as a JSON object by the script's names; HTML's special characters escaped.</summary>
    public static string Json(PageLanguage language) =>
        JsonSerializer.Serialize(Words.ToDictionary(word => word.Name, word => language.Text(word.Key)));
}

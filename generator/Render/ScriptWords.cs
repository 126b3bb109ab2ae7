using System.Text.Json;

namespace KnowledgeBase.Render;

/// <summary>
/// The words the site's scripts show, in a page's language. Each script has them in English; a page in another
/// language gives them in a JSON block (templates/layout.html) with their placeholders (<c>{count}</c>,
/// <c>{query}</c>, <c>{section}</c>, <c>{number}</c>), which the script fills in.
/// </summary>
public static class ScriptWords
{
    /// <summary>The search script's name for each word it shows (result counts, the correction, a result's kind), and the key of its interface string in i18n/&lt;lang&gt;.yml.</summary>
    public static readonly IReadOnlyList<(string Name, string Key)> Search =
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

    /// <summary>The copy-link script's name for each word it shows (its buttons and what it announces), and the key of its interface string.</summary>
    public static readonly IReadOnlyList<(string Name, string Key)> CopyLink =
    [
        ("copyLink", "copy_link"),
        ("toTheSection", "copy_link_to_section"),
        ("sectionCopied", "copy_link_copied"),
        ("copyFromAddressBar", "copy_link_from_address_bar"),
        ("copy", "copy_field"),
        ("copied", "copy_field_copied"),
        ("selected", "copy_field_selected"),
    ];

    /// <summary>The citation preview script's name for each word it shows (the hint below a source's summary), and the key of its interface string.</summary>
    public static readonly IReadOnlyList<(string Name, string Key)> CitationPreview =
    [
        ("inTheList", "citation_preview_in_the_list"),
    ];

    /// <summary><paramref name="words"/> in <paramref name="language"/>, as a JSON object by the script's names; HTML's special characters escaped.</summary>
    public static string Json(PageLanguage language, IReadOnlyList<(string Name, string Key)> words) =>
        JsonSerializer.Serialize(words.ToDictionary(word => word.Name, word => language.Text(word.Key)));
}

namespace KnowledgeBase.Render.Views;

/// <summary>
/// The header search form and what its script loads on first use: the search page the form submits to
/// (so it works without JavaScript), the scripts, Pagefind's library, the vocabulary, and the site's base path
/// that Pagefind puts in front of result URLs.
/// </summary>
public sealed record SearchBoxView(string PageUrl, string ScriptUrl, string QueryModuleUrl, string PagefindUrl, string VocabularyUrl, string BaseUrl)
{
    /// <summary>On a page not in the reference language, the words the script shows, in the page's language (<see cref="ScriptWords.Search"/>); null otherwise.</summary>
    public string? WordsJsonHtml { get; init; }
}

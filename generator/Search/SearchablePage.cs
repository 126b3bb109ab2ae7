using KnowledgeBase.Content;
using KnowledgeBase.Markdown;
using KnowledgeBase.Render;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Search;

/// <summary>
/// What the search box's own files know of a page: its address, title, summary, section headings, its kind
/// (the search page's filter, null for a standing page) and all its words as plain text.
/// </summary>
public sealed record SearchablePage(string Url, string Title, string Summary, IReadOnlyList<SearchableHeading> Headings, string? Type, SearchableText Text)
{
    public static SearchablePage Of(Article article, SiteUrls urls) => Of(article, urls.Article(article.Slug), article.Meta.Tags);

    /// <summary>
    /// A translated article at its address in its language's folder. Its tags, inherited from the English file, are
    /// English words that its page does not show, so they stay out of its language's vocabulary.
    /// </summary>
    public static SearchablePage OfTranslation(Article translated, string url) => Of(translated, url, []);

    private static SearchablePage Of(Article article, string url, IReadOnlyList<string> tags) => new(
        url, article.Meta.Title, article.Meta.Summary, HeadingsOf(article.BodyFacts), SearchPageTypes.Articles,
        new SearchableText(article.SourcePath, Fields(url, article.Meta.Title, article.Meta.Summary, string.Join(' ', tags)),
            () => string.Join(' ', [article.Meta.Title, article.Meta.Summary, .. tags, PlainText(article.Body)])));

    public static SearchablePage Of(ContentPage page, SiteUrls urls) => Of(page, urls.Page(page.Slug));

    /// <summary>A standing page, or its translation at its address in its language's folder.</summary>
    public static SearchablePage Of(ContentPage page, string url) => new(
        url, page.Title, page.Summary, HeadingsOf(page.BodyFacts), null,
        new SearchableText(page.SourcePath, Fields(url, page.Title, page.Summary, ""), () => string.Join(' ', page.Title, page.Summary, PlainText(page.Body))));

    private static string Fields(string url, string title, string summary, string tags) => $"{url}\n{title}\n{summary}\n{tags}";

    private static IReadOnlyList<SearchableHeading> HeadingsOf(MarkdownFacts body) =>
        body.Headings.Where(heading => TableOfContents.IsSection(heading.Level)).Select(heading => new SearchableHeading(heading.Text, heading.Id)).ToList();

    private static string PlainText(MarkdownDocument document) =>
        string.Join(' ', document.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
}

/// <summary>A section heading's text and the id its anchor links to.</summary>
public sealed record SearchableHeading(string Text, string Id);

/// <summary>
/// A page's words as plain text, made only when needed (<see cref="SearchWordCache"/>): it is made from the file at
/// <see cref="SourcePath"/> (relative to the site root) and the <see cref="Fields"/> taken with it (address, title,
/// summary, tags), so a page whose file and fields are unchanged has the words it had.
/// </summary>
public sealed record SearchableText(string SourcePath, string Fields, Func<string> Make);

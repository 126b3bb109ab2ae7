using KnowledgeBase.Content;
using KnowledgeBase.Markdown.HeadingAnchors;
using KnowledgeBase.Render;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Search;

/// <summary>
/// What the search box's own files know of a page: its address, title, summary, section headings, its kind
/// (the search page's filter, null for a standing page) and all its words as plain text.
/// </summary>
public sealed record SearchablePage(string Url, string Title, string Summary, IReadOnlyList<SearchableHeading> Headings, string? Type, string Text)
{
    public static SearchablePage Of(Article article, SiteUrls urls) => Of(article, urls.Article(article.Slug), article.Meta.Tags);

    /// <summary>
    /// A translated article at its address in its language's folder. Its tags, inherited from the English file, are
    /// English words that its page does not show, so they stay out of its language's vocabulary.
    /// </summary>
    public static SearchablePage OfTranslation(Article translated, string url) => Of(translated, url, []);

    private static SearchablePage Of(Article article, string url, IReadOnlyList<string> tags) => new(
        url, article.Meta.Title, article.Meta.Summary, HeadingsOf(article.Body), SearchPageTypes.Articles,
        string.Join(' ', [article.Meta.Title, article.Meta.Summary, .. tags, PlainText(article.Body)]));

    public static SearchablePage Of(ContentPage page, SiteUrls urls) => new(
        urls.Page(page.Slug), page.Title, page.Summary, HeadingsOf(page.Body), null, string.Join(' ', page.Title, page.Summary, PlainText(page.Body)));

    private static IReadOnlyList<SearchableHeading> HeadingsOf(MarkdownDocument body) =>
        TableOfContents.SectionHeadings(body).Select(heading => new SearchableHeading(HeadingIds.TextOf(heading), HeadingIds.IdOf(heading))).ToList();

    private static string PlainText(MarkdownDocument document) =>
        string.Join(' ', document.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
}

/// <summary>A section heading's text and the id its anchor links to.</summary>
public sealed record SearchableHeading(string Text, string Id);

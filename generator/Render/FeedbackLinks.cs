using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>
/// An article's links into the repository the site is written in: a new issue prefilled with the page's address,
/// so a reader can report a mistake without saying which page, and the editor of the article's source file.
/// </summary>
public static class FeedbackLinks
{
    /// <summary>The branch the site is published from, whose files "Edit this page" opens.</summary>
    public const string PublishedBranch = "main";

    /// <param name="pagePath">The public path of the article's page (its translation's, for a translation).</param>
    public static FeedbackLinksView? Of(Article article, string pagePath, RenderContext context)
    {
        if (context.Settings.Repository is not { } repository)
        {
            return null;
        }

        var root = repository.AbsoluteUri.TrimEnd('/');
        var page = context.Urls.Absolute(pagePath);
        var title = $"Mistake on \"{article.Meta.Title}\"";
        var body = $"Page: {page}\n\nWhat is wrong:\n\nWhat it should say, and a source if you have one:\n";
        var file = string.Join('/', article.SourcePath.Split('/').Select(Uri.EscapeDataString));
        return new FeedbackLinksView(
            $"{root}/issues/new?title={Uri.EscapeDataString(title)}&body={Uri.EscapeDataString(body)}",
            $"{root}/edit/{PublishedBranch}/{file}");
    }
}

using KnowledgeBase.Content;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Render;

/// <summary>Renders parsed Markdown to HTML, pointing root-relative links at the site's base path.</summary>
public sealed class MarkdownHtml(MarkdownPipeline pipeline, SiteUrls urls)
{
    public string Render(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                link.Url = urls.FromContentLink(url);
            }
        }

        return Markdig.Markdown.ToHtml(document, pipeline);
    }
}

using KnowledgeBase.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Render;

/// <summary>Renders parsed Markdown to HTML, pointing root-relative links at the site's base path.</summary>
public sealed class MarkdownHtml(MarkdownPipeline pipeline, SiteUrls urls)
{
    public string Render(MarkdownDocument document)
    {
        PointLinksAtBasePath(document);
        return Markdig.Markdown.ToHtml(document, pipeline);
    }

    /// <summary>
    /// Renders a one-paragraph document, such as a key point from front matter, without its &lt;p&gt;, to sit
    /// inside an element of the page's own.
    /// </summary>
    public string RenderInline(MarkdownDocument document)
    {
        PointLinksAtBasePath(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = true };
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    private void PointLinksAtBasePath(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                link.Url = urls.FromContentLink(url);
            }
        }
    }
}

using KnowledgeBase.Content;
using KnowledgeBase.Markdown.Citations;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Render;

/// <summary>Renders parsed Markdown to HTML, pointing root-relative links at the site's base path.</summary>
public sealed class MarkdownHtml(MarkdownPipeline pipeline, SiteUrls urls)
{
    /// <summary>Markdown that cites nothing, such as a standing page or a reference's summary (validation keeps citations out of them).</summary>
    public string Render(MarkdownDocument document) => Render(document, citations: null, inline: false);

    /// <summary>Markdown of an article, whose citations <paramref name="citations"/> numbers and links.</summary>
    public string Render(MarkdownDocument document, CitationGroupRenderer citations) => Render(document, citations, inline: false);

    /// <summary>
    /// A short piece of an article, such as a key point, without the paragraph around it, so it can sit inside
    /// an element of the template's choosing (a list item).
    /// </summary>
    public string RenderInline(MarkdownDocument document, CitationGroupRenderer citations) => Render(document, citations, inline: true);

    private string Render(MarkdownDocument document, CitationGroupRenderer? citations, bool inline)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                link.Url = urls.FromContentLink(url);
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = inline };
        pipeline.Setup(renderer);
        if (renderer.ObjectRenderers.FindExact<HtmlCitationRenderer>() is { } citationRenderer)
        {
            citationRenderer.Groups = citations;
        }

        renderer.Render(document);
        writer.Flush();
        return inline ? writer.ToString().TrimEnd('\n') : writer.ToString();
    }
}

using KnowledgeBase.Content;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Markdown.Glossary;
using KnowledgeBase.Markdown.HeadingAnchors;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Render;

/// <summary>
/// Renders parsed Markdown to HTML, pointing root-relative links at the site's base path. The Markdown is only
/// read, so the same document renders to the same HTML however often it is rendered.
/// </summary>
public sealed class MarkdownHtml(MarkdownPipeline pipeline, SiteUrls urls, string referenceLanguage)
{
    /// <summary>Markdown that cites nothing, such as a standing page or a reference's summary (validation keeps citations out of them).</summary>
    /// <param name="siteLink">What a root-relative link becomes once under the base path, as for an article; left as it is when null.</param>
    public string Render(MarkdownDocument document, PageLanguage language, Func<string, string>? siteLink = null) =>
        Render(document, citations: null, glossary: null, language, inline: false, siteLink);

    /// <summary>
    /// Markdown of an article, whose citations <paramref name="citations"/> numbers and links, and whose first uses
    /// of glossary terms <paramref name="glossary"/> names (<see cref="GlossaryFirstUses.In"/> of the documents rendered).
    /// </summary>
    /// <param name="siteLink">
    /// What a root-relative link becomes once under the base path, such as the same page in the translation's
    /// language; left as it is when null.
    /// </param>
    public string Render(MarkdownDocument document, CitationGroupRenderer citations, IReadOnlyDictionary<LiteralInline, IReadOnlyList<GlossaryMatch>> glossary, PageLanguage language, Func<string, string>? siteLink = null) =>
        Render(document, citations, glossary, language, inline: false, siteLink);

    /// <summary>
    /// A short piece of an article, such as a key point, without the paragraph around it, so it can sit inside
    /// an element of the template's choosing (a list item); <paramref name="siteLink"/> as for a whole article.
    /// </summary>
    public string RenderInline(MarkdownDocument document, CitationGroupRenderer citations, IReadOnlyDictionary<LiteralInline, IReadOnlyList<GlossaryMatch>> glossary, PageLanguage language, Func<string, string>? siteLink = null) =>
        Render(document, citations, glossary, language, inline: true, siteLink);

    private string Render(
        MarkdownDocument document, CitationGroupRenderer? citations, IReadOnlyDictionary<LiteralInline, IReadOnlyList<GlossaryMatch>>? glossary, PageLanguage language, bool inline, Func<string, string>? siteLink = null)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            ImplicitParagraph = inline,
            LinkRewriter = siteLink is null ? PublicUrl : url => IsSiteLink(url) ? siteLink(PublicUrl(url)) : url,
        };
        pipeline.Setup(renderer);
        if (siteLink is not null && language.Folder is not null)
        {
            // A translation's link to a page with no version in its language leaves it as written: that page is in the reference language.
            renderer.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new LanguageLinkRenderer(url =>
                IsSiteLink(url) && siteLink(PublicUrl(url)) == PublicUrl(url) ? referenceLanguage : null));
        }

        if (renderer.ObjectRenderers.FindExact<HtmlCitationRenderer>() is { } citationRenderer)
        {
            citationRenderer.Groups = citations;
        }

        if (renderer.ObjectRenderers.FindExact<AnchoredHeadingRenderer>() is { } headingRenderer)
        {
            headingRenderer.SectionLinkLabel = language.Text("section_link");
        }

        if (renderer.ObjectRenderers.FindExact<HtmlGlossaryFirstUseRenderer>() is { } glossaryRenderer)
        {
            glossaryRenderer.FirstUses = glossary;
        }

        renderer.Render(document);
        writer.Flush();
        return inline ? writer.ToString().TrimEnd('\n') : writer.ToString();
    }

    /// <summary>A root-relative link ("/articles/x/") is put under the base path; any other is left as written.</summary>
    private string PublicUrl(string url) => IsSiteLink(url) ? urls.FromContentLink(url) : url;

    private static bool IsSiteLink(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);
}

using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Render;

/// <summary>
/// Markdown links as Markdig writes them, with hreflang on a link from a translated page to a page that exists only
/// in another language, so assistive technology reads it in that language (WCAG 3.1.2).
/// </summary>
/// <param name="hrefLangOf">The language of the page a link, as written, reaches when it is not the page's own; null otherwise.</param>
public sealed class LanguageLinkRenderer(Func<string, string?> hrefLangOf) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || !renderer.EnableHtmlForInline || hrefLangOf(link.Url ?? "") is not { } hrefLang)
        {
            base.Write(renderer, link);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url).Write('"');
        renderer.Write(" hreflang=\"").WriteEscape(hrefLang).Write('"');
        renderer.WriteAttributes(link);
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write('>').WriteChildren(link);
        renderer.Write("</a>");
    }
}

using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>
/// Renders a term's first use as a link to its definition, followed by the definition as a tooltip that
/// describes the link. CSS shows the tooltip while the term is hovered or focused; glossary.js lets Escape
/// hide it. The tooltip is left out of the search index, which holds the definition on the glossary page.
/// </summary>
public sealed class HtmlGlossaryTermRenderer : HtmlObjectRenderer<GlossaryTermInline>
{
    protected override void Write(HtmlRenderer renderer, GlossaryTermInline term)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(term);
            return;
        }

        renderer.Write("<span class=\"glossary\"><a class=\"glossary-term\" href=\"").WriteEscapeUrl(term.DefinitionUrl)
            .Write("\" aria-describedby=\"").Write(term.TooltipId).Write("\">");
        renderer.WriteChildren(term);
        renderer.Write("</a><span class=\"glossary-tip\" role=\"tooltip\" id=\"").Write(term.TooltipId).Write("\" data-pagefind-ignore><strong>")
            .WriteEscape(term.Term.Term).Write(":</strong> ").WriteEscape(term.Term.Definition).Write("</span></span>");
    }
}

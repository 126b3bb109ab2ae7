using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>
/// Renders a term's first use as a link to its definition, followed by the definition as a tooltip that
/// describes the link. CSS shows the tooltip while the term is hovered or focused; hover-notes.js lets Escape
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
        renderer.Write("</a><span class=\"glossary-tip\" role=\"tooltip\" id=\"").Write(term.TooltipId).Write("\" data-pagefind-ignore>");
        if (!string.Equals(WrittenWords(term), term.Term.Term, StringComparison.OrdinalIgnoreCase))
        {
            // The article used other words ("dummy treatment"): the tip names the medical term they stand for.
            renderer.Write("<strong>").WriteEscape(term.Term.Term).Write(":</strong> ");
        }

        renderer.WriteEscape(term.Term.Definition).Write("</span></span>");
    }

    private static string WrittenWords(GlossaryTermInline term) =>
        string.Concat(term.FindDescendants<LiteralInline>().Select(literal => literal.Content.ToString()));
}

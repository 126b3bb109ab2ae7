using KnowledgeBase.Content;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>
/// Writes running text, linking the first use of each glossary term to its definition, followed by the definition
/// as a tooltip that describes the link. CSS shows the tooltip while the term is hovered or focused;
/// hover-notes.js lets Escape hide it. The tooltip is left out of the search index, which holds the definition on
/// the glossary page.
/// </summary>
public sealed class HtmlGlossaryFirstUseRenderer : LiteralInlineRenderer
{
    /// <summary>
    /// The first uses in the article being rendered, by the piece of text they are in (<see cref="GlossaryFirstUses.In"/>),
    /// given by the render stage for each rendering; Markdown outside an article leaves it unset and links no term.
    /// </summary>
    public IReadOnlyDictionary<LiteralInline, IReadOnlyList<GlossaryMatch>>? FirstUses { get; set; }

    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        var uses = FirstUses?.GetValueOrDefault(literal) ?? [];
        if (uses.Count == 0 || !renderer.EnableHtmlForInline)
        {
            base.Write(renderer, literal);
            return;
        }

        var content = literal.Content;
        var written = 0;
        foreach (var use in uses)
        {
            WriteText(renderer, content, written, use.Start);
            WriteLink(renderer, use.Term, new StringSlice(content.Text, content.Start + use.Start, content.Start + use.Start + use.Length - 1));
            written = use.Start + use.Length;
        }

        WriteText(renderer, content, written, content.Length);
    }

    /// <summary>The link goes to the term's site path, which the renderer's link rewriter puts under the base path like any link.</summary>
    private static void WriteLink(HtmlRenderer renderer, GlossaryTerm term, StringSlice words)
    {
        var tooltipId = SiteUrls.GlossaryTooltipIdPrefix + term.Id;
        renderer.Write("<span class=\"glossary\"><a class=\"glossary-term\" href=\"").WriteEscapeUrl(SiteUrls.GlossaryTermPath(term.Id))
            .Write("\" aria-describedby=\"").Write(tooltipId).Write("\">");
        WriteText(renderer, words, 0, words.Length);
        renderer.Write("</a><span class=\"glossary-tip\" role=\"tooltip\" id=\"").Write(tooltipId).Write("\" data-pagefind-ignore>");
        if (!string.Equals(words.ToString(), term.Term, StringComparison.OrdinalIgnoreCase))
        {
            // The article used other words ("dummy treatment"): the tip names the medical term they stand for.
            renderer.Write("<strong>").WriteEscape(term.Term).Write(":</strong> ");
        }

        renderer.WriteEscape(term.Definition).Write("</span></span>");
    }

    /// <summary>Characters <paramref name="from"/> up to <paramref name="to"/> of the text, written as Markdig writes any text.</summary>
    private static void WriteText(HtmlRenderer renderer, StringSlice text, int from, int to)
    {
        var part = new StringSlice(text.Text, text.Start + from, text.Start + to - 1);
        if (renderer.EnableHtmlEscape)
        {
            renderer.WriteEscape(ref part);
        }
        else
        {
            renderer.Write(ref part);
        }
    }
}

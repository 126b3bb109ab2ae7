using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KnowledgeBase.Markdown.Citations;

/// <summary>Writes a <see cref="CitationGroup"/> with the article's <see cref="CitationGroupRenderer"/>, the one place citation markup is made.</summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationGroup>
{
    /// <summary>
    /// The citations of the article being rendered, given by the render stage for each rendering, since numbers
    /// differ between articles. Markdown that cites nothing leaves it unset, and a citation then writes nothing.
    /// </summary>
    public CitationGroupRenderer? Groups { get; set; }

    protected override void Write(HtmlRenderer renderer, CitationGroup group)
    {
        if (Groups is null)
        {
            return;
        }

        if (renderer.EnableHtmlForInline)
        {
            renderer.Write(Groups.Html(group.Items));
        }
        else
        {
            renderer.Write(Groups.PlainText(group.Items));
        }
    }
}

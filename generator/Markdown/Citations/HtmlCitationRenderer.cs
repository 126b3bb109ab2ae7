using KnowledgeBase.Render.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KnowledgeBase.Markdown.Citations;

/// <summary>Writes a <see cref="CitationGroup"/> with the article's <see cref="CitationGroupRenderer"/>, the one place citation markup is made.</summary>
public sealed class HtmlCitationRenderer(CitationGroupRenderer groups) : HtmlObjectRenderer<CitationGroup>
{
    protected override void Write(HtmlRenderer renderer, CitationGroup group)
    {
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write(groups.Html(group.Items));
        }
        else
        {
            renderer.Write(groups.PlainText(group.Items));
        }
    }
}

using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KnowledgeBase.Markdown.HeadingAnchors;

/// <summary>
/// Renders h2 and h3 followed by a link to their own id. The link sits beside the heading, not inside it, so
/// the heading's accessible name stays its text; without JavaScript the link is how a reader copies a section
/// address. Other heading levels render as Markdig renders them.
/// </summary>
public sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private readonly HeadingRenderer _plain = new();

    /// <summary>What the link says to screen readers before the heading's text, in the page's language ("Link to the section").</summary>
    public string SectionLinkLabel { get; set; } = "";

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        if (heading.Level is not (2 or 3) || !renderer.EnableHtmlForBlock)
        {
            _plain.Write(renderer, heading);
            return;
        }

        var tag = heading.Level == 2 ? "h2" : "h3";
        var id = HeadingIds.IdOf(heading);
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"section-heading\">");
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).WriteLine(">");
        renderer.Write("<a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(id).Write("\">");
        renderer.Write("<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">").WriteEscape(SectionLinkLabel).Write(' ');
        renderer.WriteEscape(HeadingIds.TextOf(heading)).WriteLine("</span></a>");
        renderer.WriteLine("</div>");
    }
}

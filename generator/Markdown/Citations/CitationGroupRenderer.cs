using System.Globalization;
using System.Net;
using System.Text;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Link.Citations;
using KnowledgeBase.Render.Citations;

namespace KnowledgeBase.Markdown.Citations;

/// <summary>
/// The one place citation markup is made, for one article: a superscript group of numbered links, each to the
/// source's entry in the article's reference list (<c>#ref-&lt;key&gt;</c>), named for screen readers
/// ("Reference 3: Park 2008"), and carrying the anchor id that back-links and "Cited in" point at. The Markdown
/// extension writes every <c>[@key]</c> with it (<see cref="HtmlCitationRenderer"/>); views of key points and structured blocks call
/// <see cref="Html(IReadOnlyList{Located{string}})"/> with their <c>refs</c>, so all citations look and number alike.
/// </summary>
/// <param name="label">What a citation link is named, in the page's language: "Reference {number}: {source}".</param>
public sealed class CitationGroupRenderer(ArticleCitations citations, ReferenceLibrary library, string label)
{
    /// <summary>The element id of a source's entry in the article's reference list.</summary>
    public static string ReferenceListId(string key) => $"ref-{key}";

    /// <summary>The markup for <c>refs: [a, b]</c> (or <c>ref: a</c>) of a structured block.</summary>
    public string Html(IReadOnlyList<Located<string>> refs) =>
        Html(refs.Select(reference => new CitationItem(reference.Value, null, reference.Location)).ToList());

    /// <summary>The markup for one citation group, such as <c>[@a; @b, p. 4]</c>.</summary>
    public string Html(IReadOnlyList<CitationItem> items)
    {
        var html = new StringBuilder("<sup class=\"citation\">");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (i > 0)
            {
                html.Append("<span class=\"citation-separator\" aria-hidden=\"true\">,</span>");
            }

            var number = citations.Numbering.NumberOf(item.Key);
            var source = ReferenceStyle.ShortLabel(library[item.Key]) + (item.Locator is null ? "" : ", " + item.Locator);
            var name = label.Replace("{number}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{source}", source, StringComparison.Ordinal);
            html.Append("<a class=\"citation-link\"");
            if (citations.At(item.Location) is { } occurrence)
            {
                html.Append(" id=\"").Append(occurrence.AnchorId).Append('"');
            }

            html.Append(" href=\"#").Append(ReferenceListId(item.Key)).Append("\" aria-label=\"").Append(WebUtility.HtmlEncode(name)).Append("\">")
                .Append(number).Append("</a>");
            if (item.Locator is not null)
            {
                html.Append("<span class=\"citation-locator\" aria-hidden=\"true\">, ").Append(WebUtility.HtmlEncode(item.Locator)).Append("</span>");
            }
        }

        return html.Append("</sup>").ToString();
    }

    /// <summary>The group as plain text ("3, 4"), where Markdown is rendered without markup (an image's alt text).</summary>
    public string PlainText(IReadOnlyList<CitationItem> items) =>
        string.Join(", ", items.Select(item => citations.Numbering.NumberOf(item.Key)));
}

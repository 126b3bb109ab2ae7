using KnowledgeBase.Content;

namespace KnowledgeBase.Render.EvidenceBlocks;

/// <summary>
/// The sources of a block's row as links to their citation pages. Stands in until articles number their
/// citations; then blocks show the same numbered links as the body.
/// </summary>
public static class CitationLinks
{
    public static string Html(IEnumerable<string> keys, SiteUrls urls)
    {
        var links = keys.Where(key => key.Length > 0)
            .Select(key => $"<a href=\"{Escape(urls.Reference(key))}\">{Escape(key)}</a>")
            .ToList();
        return links.Count == 0 ? "" : $"<span class=\"block-sources\">(sources: {string.Join(", ", links)})</span>";
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}

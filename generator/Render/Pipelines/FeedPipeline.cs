using System.Globalization;
using System.Net;
using System.Text;

using System.Xml;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /feed.xml, an Atom feed (RFC 4287) of new and updated articles, most recently updated first. Each entry's
/// content is the summary and the article's "What changed" list, which is what feed readers show. Its dates come
/// from published and updated, never from the clock, so the same content always gives the same feed.
/// </summary>
public sealed class FeedPipeline : IOutputPipeline
{
    /// <summary>Feed readers only look at the latest entries; this bounds the file on a large site.</summary>
    public const int MaxEntries = 50;

    private const string Atom = "http://www.w3.org/2005/Atom";

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var urls = context.Urls;
        var settings = context.Settings;
        var entries = context.Graph.PublishedArticles
            .OrderByDescending(article => article.Meta.Updated)
            .ThenBy(article => article.Slug, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();
        var updated = entries.Count > 0 ? entries[0].Meta.Updated : DateOnly.MinValue;

        yield return XmlOutput.Write(SiteUrls.OutputPathOf(SiteUrls.FeedPath), xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, settings.Language);
            xml.WriteElementString("id", Atom, urls.BaseUrl.AbsoluteUri);
            xml.WriteElementString("title", Atom, settings.Title);
            xml.WriteElementString("subtitle", Atom, settings.Description);
            xml.WriteElementString("updated", Atom, Timestamp(updated));
            Link(xml, "self", "application/atom+xml", urls.Absolute(urls.Feed));
            Link(xml, "alternate", "text/html", urls.BaseUrl.AbsoluteUri);
            Author(xml, settings.Title);
            foreach (var article in entries)
            {
                var url = urls.Absolute(urls.Article(article.Slug));
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("title", Atom, article.Meta.Title);
                Link(xml, "alternate", "text/html", url);
                xml.WriteElementString("published", Atom, Timestamp(article.Meta.Published));
                xml.WriteElementString("updated", Atom, Timestamp(article.Meta.Updated));
                xml.WriteElementString("summary", Atom, article.Meta.Summary);
                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(ContentHtml(article));
                xml.WriteEndElement();
                foreach (var author in article.Meta.Authors)
                {
                    Author(xml, context.Graph.Content.People[author.Value].Name);
                }

                foreach (var tag in article.Meta.Tags)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>The summary, then "What changed", newest first: readers that show an entry's content show both.</summary>
    private static string ContentHtml(Article article)
    {
        var html = new StringBuilder().Append("<p>").Append(WebUtility.HtmlEncode(article.Meta.Summary)).Append("</p>");
        if (article.Meta.Changes.Count > 0)
        {
            html.Append("<p>What changed:</p><ul>");
            foreach (var change in article.Meta.ChangesNewestFirst)
            {
                html.Append("<li>").Append(RenderContext.Date(change.Date).Display).Append(": ").Append(WebUtility.HtmlEncode(change.Change)).Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.ToString();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, name);
        xml.WriteEndElement();
    }
}

using System.Globalization;
using System.Xml;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /feed.xml, an Atom feed (RFC 4287) of new and newly reviewed articles, most recent first. Its dates come
/// from last_reviewed, never from the clock, so the same content always gives the same feed.
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
            .OrderByDescending(article => article.Meta.LastReviewed)
            .ThenBy(article => article.Slug, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();
        var updated = entries.Count > 0 ? entries[0].Meta.LastReviewed : DateOnly.MinValue;

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
                xml.WriteElementString("updated", Atom, Timestamp(article.Meta.LastReviewed));
                xml.WriteElementString("summary", Atom, article.Meta.Summary);
                foreach (var author in article.Meta.Authors)
                {
                    Author(xml, author);
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

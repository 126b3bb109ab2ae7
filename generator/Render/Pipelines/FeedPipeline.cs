using System.Globalization;
using System.Net;
using System.Text;

using System.Xml;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /feed.xml, an Atom feed (RFC 4287) of new and updated articles, most recently updated first, and /&lt;lang&gt;/feed.xml
/// of their translations in each other language. Each entry's
/// content is the summary and the article's "What changed" list, which is what feed readers show. Its dates come
/// from published and updated, never from the clock, so the same content always gives the same feed.
/// </summary>
public sealed class FeedPipeline : IOutputPipeline
{
    /// <summary>Feed readers only look at the latest entries; this bounds the file on a large site.</summary>
    public const int MaxEntries = 50;

    private const string Atom = "http://www.w3.org/2005/Atom";

    public string? BodiesShown(RenderContext context) => "";

    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.Languages.Select(language => Feed(context, language, language.Folder is null
            ? context.Graph.PublishedArticles.Select(article => (article, context.Urls.Article(article.Slug)))
            : context.Graph.PublishedTranslations.Where(translation => translation.Language == language.Code)
                .Select(translation => (translation.Translated, context.Urls.Public(RenderContext.TranslatedArticlePath(translation))))));

    /// <summary>The site path of the feed of <paramref name="language"/>'s articles: /feed.xml, or /&lt;lang&gt;/feed.xml.</summary>
    public static string FeedPath(PageLanguage language) => SiteUrls.InLanguage(language.Folder, SiteUrls.FeedPath);

    /// <summary>The feed of one language: its articles (or their translations) with their public paths.</summary>
    private static OutputFile Feed(RenderContext context, PageLanguage language, IEnumerable<(Article Article, string Url)> articles)
    {
        var urls = context.Urls;
        var settings = context.Settings;
        var feedUrl = urls.Public(FeedPath(language));
        var entries = articles
            .OrderByDescending(entry => entry.Article.Meta.Updated)
            .ThenBy(entry => entry.Article.Slug, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();
        var updated = entries.Count > 0 ? entries[0].Article.Meta.Updated : DateOnly.MinValue;

        return XmlOutput.Write(SiteUrls.OutputPathOf(FeedPath(language)), xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, language.Folder is null ? settings.Language : language.Code);
            xml.WriteElementString("id", Atom, language.Folder is null ? urls.BaseUrl.AbsoluteUri : urls.Absolute(feedUrl));
            xml.WriteElementString("title", Atom, settings.Title);
            // The site's description is English (site.yml); a feed in another language goes without it.
            if (language.Folder is null)
            {
                xml.WriteElementString("subtitle", Atom, settings.Description);
            }

            xml.WriteElementString("updated", Atom, Timestamp(updated));
            Link(xml, "self", "application/atom+xml", urls.Absolute(feedUrl));
            Link(xml, "alternate", "text/html", urls.Absolute(context.PathIn(language, urls.Home) ?? urls.Home));
            Author(xml, settings.Title);
            foreach (var (article, path) in entries)
            {
                var url = urls.Absolute(path);
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("title", Atom, article.Meta.Title);
                Link(xml, "alternate", "text/html", url);
                xml.WriteElementString("published", Atom, Timestamp(article.Meta.Published));
                xml.WriteElementString("updated", Atom, Timestamp(article.Meta.Updated));
                xml.WriteElementString("summary", Atom, article.Meta.Summary);
                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(ContentHtml(article, language, context));
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

    /// <summary>
    /// The summary, then "What changed", newest first: readers that show an entry's content show both. The change
    /// notes are written in English only, so a translation's are marked as English.
    /// </summary>
    private static string ContentHtml(Article article, PageLanguage language, RenderContext context)
    {
        var html = new StringBuilder().Append("<p>").Append(WebUtility.HtmlEncode(article.Meta.Summary)).Append("</p>");
        if (article.Meta.Changes.Count > 0)
        {
            var (open, close) = language.Folder is null ? ("", "") : ($"<span lang=\"{context.ReferenceLanguage.Code}\">", "</span>");
            html.Append("<p>").Append(WebUtility.HtmlEncode(language.Text("feed_what_changed"))).Append("</p><ul>");
            foreach (var change in article.Meta.ChangesNewestFirst)
            {
                html.Append("<li>").Append(language.Date(change.Date)).Append(": ").Append(open).Append(WebUtility.HtmlEncode(change.Change)).Append(close).Append("</li>");
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

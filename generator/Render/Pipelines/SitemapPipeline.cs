using System.Globalization;
using KnowledgeBase.Blocks.EvidenceByUse;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /sitemap.xml (sitemaps.org 0.9): every page search engines should index, with lastmod from the review date
/// where a page has one, and on a site in several languages each page's versions (hreflang, with x-default). Embeds, redirects and the 404 page are left out; a new kind of indexable page adds its
/// entries here.
/// </summary>
public sealed class SitemapPipeline : IOutputPipeline
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public string? BodiesShown(RenderContext context) => "";

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var urls = context.Urls;
        var articles = context.Graph.PublishedArticles;
        var entries = new List<(string Path, DateOnly? LastModified)>
        {
            (urls.Home, articles.Count > 0 ? articles.Max(article => article.Meta.LastReviewed) : null),
        };
        entries.AddRange(articles.Select(article => (urls.Article(article.Slug), (DateOnly?)article.Meta.LastReviewed)));
        // Each translated page, with the English page it translates (whose versions its entry names).
        var translations = context.Graph.PublishedTranslations
            .Select(translation => (Path: urls.Public(RenderContext.TranslatedArticlePath(translation)), English: urls.Article(translation.English.Slug),
                LastModified: (DateOnly?)translation.English.Meta.LastReviewed))
            .Concat(context.Graph.Content.PageTranslations.Select(translation =>
                (Path: urls.Public(RenderContext.TranslatedPagePath(translation)), English: urls.Page(translation.English.Slug), LastModified: (DateOnly?)null)))
            .Concat(context.Graph.Content.ReferenceTranslations.Select(translation =>
                (Path: urls.Public(RenderContext.TranslatedReferencePath(translation)), English: urls.Reference(translation.English.Key), LastModified: (DateOnly?)null)))
            .Concat(context.Graph.Content.People.All.Count == 0 ? [] : context.Languages.Skip(1).Select(language =>
                (Path: urls.Public(RenderContext.TranslatedPeoplePath(language)), English: urls.People, LastModified: (DateOnly?)null)))
            .ToList();
        var translated = translations.ToDictionary(translation => translation.Path, translation => translation.English, StringComparer.Ordinal);
        entries.AddRange(translations.Select(translation => (translation.Path, translation.LastModified)));
        entries.AddRange(context.Graph.Content.Pages.Select(page => (urls.Page(page.Slug), (DateOnly?)null)));
        // The search page has a canonical address and, without a query, lists the site's pages: as indexable as a topic page.
        entries.Add((urls.Search, null));
        entries.Add((urls.Evidence, articles.Where(article => EvidenceByUseTable.In(article.Meta).Count > 0).Select(article => (DateOnly?)article.Meta.LastReviewed).Max()));
        entries.AddRange(context.Graph.Topics.Select(topic => (urls.Topic(topic.Slug), (DateOnly?)topic.Articles.Max(article => article.Meta.LastReviewed))));
        if (context.Graph.Topics.Count > 0)
        {
            entries.Add((urls.Topics, null));
        }

        if (context.Graph.Content.Glossary.Count > 0)
        {
            entries.Add((urls.Glossary, null));
        }

        if (context.Graph.Content.People.All.Count > 0)
        {
            entries.Add((urls.People, null));
        }

        var references = context.Graph.Content.References.All;
        if (references.Count > 0)
        {
            entries.Add((urls.Public(SiteUrls.ReferencesPath), null));
            entries.AddRange(references.Select(reference => (urls.Reference(reference.Key), (DateOnly?)null)));
        }

        // The pages made in every language (topics, glossary, evidence, bibliography, search) have each language's version too.
        var inOtherLanguages = entries
            .Where(entry => context.IsInEveryLanguage(entry.Path))
            .SelectMany(entry => context.Languages.Skip(1).Select(language => (Path: context.PathIn(language, entry.Path)!, entry.LastModified, Reference: entry.Path)))
            .ToList();
        foreach (var version in inOtherLanguages)
        {
            translated[version.Path] = version.Reference;
            entries.Add((version.Path, version.LastModified));
        }

        // A later page of a split list has for versions the pages of the same number in the other languages, as its head names them.
        foreach (var page in context.Lists.LaterPages)
        {
            var path = urls.Public(page.SitePath);
            entries.Add((path, null));
            if (page.Language.Folder is not null)
            {
                translated[path] = urls.Public(page.ReferenceSitePath);
            }
        }

        var sorted = entries.OrderBy(entry => entry.Path, StringComparer.Ordinal).ToList();
        // Everything else the file shows (each page's versions in other languages, the base URL) comes from the site-wide
        // inputs, so a build after an edit that left the entries alone keeps the file instead of writing it again.
        var shown = string.Join('\n', sorted.Select(entry => $"{entry.Path}\t{entry.LastModified?.DayNumber}\t{translated.GetValueOrDefault(entry.Path)}"));
        var outputPath = SiteUrls.OutputPathOf(SiteUrls.SitemapPath);
        yield return context.Reuse.RenderOrKeep(new PageKey(nameof(SitemapPipeline), outputPath), [], shown, () => XmlOutput.Write(outputPath, xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            if (context.Languages.Count > 1)
            {
                xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            }

            foreach (var (path, lastModified) in sorted)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, urls.Absolute(path));
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                // Each version names every version of the page, itself included, as search engines ask.
                foreach (var alternate in context.AlternatesOf(translated.GetValueOrDefault(path) ?? path))
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Lang);
                    xml.WriteAttributeString("href", alternate.Url);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }));
    }
}

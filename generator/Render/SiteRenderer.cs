using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.Content;
using KnowledgeBase.Link;
using KnowledgeBase.Markdown;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>
/// The render stage: turns the linked site into output files by filling view models and laying them out
/// with the templates. All decisions (order, dates, overdue status) are made here in C#, not in templates.
/// </summary>
public sealed class SiteRenderer(TemplateSet templates, TimeProvider clock)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public IReadOnlyList<OutputFile> Render(SiteGraph graph)
    {
        var urls = graph.Urls;
        var markdown = new MarkdownHtml(MarkdownPipelineFactory.Create(), urls);
        var assets = FingerprintAssets(graph.Content.Assets);
        var stylesheet = urls.Asset(assets.Single(asset => asset.Source.RelativePath == "site.css").Output.RelativePath);
        var files = new List<OutputFile>(assets.Select(asset => asset.Output));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        string Layout(string title, string description, string path, string ogType, JsonObject jsonLd, string content) =>
            templates.Render("layout", new LayoutView(
                graph.Content.Settings.Language,
                graph.Content.Settings.Title,
                urls.Home,
                title,
                description,
                urls.Absolute(path),
                ogType,
                stylesheet,
                ContentSecurityPolicy,
                jsonLd.ToJsonString(new JsonSerializerOptions { WriteIndented = false }),
                graph.Content.Settings.Navigation.Select(link => new LinkView(link.Title, urls.FromContentLink(link.Url))).ToList(),
                graph.Content.Pages.Select(page => new LinkView(page.Title, urls.Page(page.Slug))).ToList(),
                content));

        var home = new HomeView(
            graph.Content.Settings.Title,
            graph.Content.Settings.Description,
            graph.PublishedArticles.Select(article => new ArticleLinkView(article.Meta.Title, article.Meta.Summary, urls.Article(article.Slug))).ToList());
        files.Add(Html("index.html", Layout(graph.Content.Settings.Title, graph.Content.Settings.Description, urls.Home, "website",
            WebSiteJsonLd(graph), templates.Render("home", home))));

        foreach (var article in graph.PublishedArticles)
        {
            var meta = article.Meta;
            var view = new ArticleView(
                meta.Title,
                meta.Summary,
                markdown.Render(article.Body),
                string.Join(", ", meta.Authors),
                string.Join(", ", meta.ReviewedBy),
                Date(meta.LastReviewed),
                Date(meta.NextReview),
                ReviewOverdue: meta.NextReview < today,
                meta.Tags);
            var path = urls.Article(article.Slug);
            files.Add(Html(SiteUrls.ArticleOutputPath(article.Slug),
                Layout(meta.Title, meta.Summary, path, "article", ArticleJsonLd(article, urls.Absolute(path)), templates.Render("article", view))));
        }

        foreach (var page in graph.Content.Pages)
        {
            var path = urls.Page(page.Slug);
            files.Add(Html(SiteUrls.PageOutputPath(page.Slug),
                Layout(page.Title, page.Summary, path, "website", WebPageJsonLd(page.Title, urls.Absolute(path)),
                    templates.Render("page", new PageView(page.Title, markdown.Render(page.Body))))));
        }

        return files.OrderBy(file => file.RelativePath, StringComparer.Ordinal).ToList();
    }

    private static DateView Date(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    private static OutputFile Html(string path, string html) => new(path, Utf8.GetBytes(html));

    /// <summary>Names each asset after a hash of its bytes, so browsers and CDNs never keep a stale copy.</summary>
    private static List<(AssetFile Source, OutputFile Output)> FingerprintAssets(IReadOnlyList<AssetFile> assets) =>
        assets.Select(asset =>
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Bytes))[..10];
            var extension = Path.GetExtension(asset.RelativePath);
            var stem = asset.RelativePath[..^extension.Length];
            return (asset, new OutputFile($"assets/{stem}.{hash}{extension}", asset.Bytes));
        }).ToList();

    private static JsonObject WebSiteJsonLd(SiteGraph graph) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = graph.Content.Settings.Title,
        ["description"] = graph.Content.Settings.Description,
        ["url"] = graph.Urls.BaseUrl.AbsoluteUri,
    };

    private static JsonObject WebPageJsonLd(string title, string url) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebPage",
        ["name"] = title,
        ["url"] = url,
    };

    private static JsonObject ArticleJsonLd(Article article, string url) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "MedicalWebPage",
        ["name"] = article.Meta.Title,
        ["description"] = article.Meta.Summary,
        ["url"] = url,
        ["lastReviewed"] = article.Meta.LastReviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["reviewedBy"] = new JsonArray(article.Meta.ReviewedBy.Select(name => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = name }).ToArray()),
        ["audience"] = new JsonObject { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" },
        ["inLanguage"] = "en",
    };
}

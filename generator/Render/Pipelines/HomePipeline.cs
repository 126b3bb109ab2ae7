using System.Text.Json.Nodes;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>The home page at /.</summary>
public sealed class HomePipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var settings = context.Settings;
        var view = new HomeView(
            settings.Title,
            settings.Description,
            context.Graph.PublishedArticles.Select(article => new ArticleLinkView(article.Meta.Title, article.Meta.Summary, context.Urls.Article(article.Slug))).ToList());
        var jsonLd = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebSite",
            ["name"] = settings.Title,
            ["description"] = settings.Description,
            ["url"] = context.Urls.BaseUrl.AbsoluteUri,
        };
        yield return context.Page("index.html", new PageMeta(settings.Title, settings.Description, context.Urls.Home, "website", jsonLd), "home", view);
    }
}

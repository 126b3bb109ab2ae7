using KnowledgeBase.Content;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;
using KnowledgeBase.Search;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The search page at /search/. The script fills in results for ?q=; the page itself lists every searchable
/// page by type, which is what readers without JavaScript get, and what the type filter is named after.
/// </summary>
public sealed class SearchPagePipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var articles = context.Graph.PublishedArticles
            .Select(context.LinkTo)
            .ToList();
        var sources = context.Graph.Content.References.All
            .Select(reference => new ArticleLinkView(
                reference.Title is { } title ? $"{ReferenceStyle.ShortLabel(reference)}: {title}" : ReferenceStyle.ShortLabel(reference),
                reference.Study.KeyFinding ?? ReferenceStyle.PlainText(reference),
                context.Urls.Reference(reference.Key)))
            .ToList();
        var listings = new[] { Listing(SearchPageTypes.Articles, "all-articles", articles, context.Urls.Home), Listing(SearchPageTypes.Sources, "all-sources", sources, context.Urls.References) }
            .Where(listing => listing.Pages.Count > 0)
            .ToList();
        const string title = "Search";
        var description = $"Search the articles and sources of {context.Settings.Title}.";
        var jsonLd = WebPageStructuredData.SearchResultsPage(title, context.Urls.Absolute(context.Urls.Search));
        yield return context.Page(SiteUrls.SearchOutputPath, new PageMeta(title, description, context.Urls.Search, "website", jsonLd),
            "search", new SearchPageView(title, listings, context.Urls.Topics, HomePipeline.Questions(context)));
    }

    /// <summary>A listing of every page of a type, or of the first of them and a link to where they are all listed (page by page).</summary>
    private static SearchListingView Listing(string heading, string id, List<ArticleLinkView> pages, string listUrl) =>
        new(heading, id, pages.Take(ListPages.PageSize).ToList())
        {
            Count = pages.Count,
            MoreUrl = pages.Count > ListPages.PageSize ? listUrl : null,
        };
}

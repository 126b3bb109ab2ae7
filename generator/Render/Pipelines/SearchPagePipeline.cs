using KnowledgeBase.Content;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;
using KnowledgeBase.Search;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The search page of each language: /search/, and /es/search/ in Spanish. The script fills in results for ?q= from
/// the index and the vocabulary of the page's language; the page itself lists every searchable page of its language
/// by type, which is what readers without JavaScript get, and what the type filter is named after.
/// </summary>
public sealed class SearchPagePipeline : IOutputPipeline
{
    // The page leads with the home page's questions, whose sections are in the answering articles' bodies.
    public string? BodiesShown(RenderContext context) => HomePipeline.QuestionsShown(context);

    public IEnumerable<OutputFile> Render(RenderContext context) => context.Languages.Select(language => Page(language, context));

    private static OutputFile Page(PageLanguage language, RenderContext context)
    {
        var translated = language.Folder is not null;
        var articles = translated
            ? context.Graph.PublishedTranslations.Where(translation => translation.Language == language.Code)
                .Select(translation => new ArticleLinkView(translation.Translated.Meta.Title, translation.Translated.Meta.Summary,
                    context.Urls.Public(RenderContext.TranslatedArticlePath(translation))))
                .ToList()
            : context.Graph.PublishedArticles.Select(context.LinkTo).ToList();
        var sources = context.Graph.Content.References.All.Select(reference => Source(reference, language, context)).ToList();
        var listings = new[]
            {
                Listing(SearchPageTypes.Articles, "all-articles", articles, context.Urls.Home, language, context),
                Listing(SearchPageTypes.Sources, "all-sources", sources, context.Urls.References, language, context),
            }
            .Where(listing => listing.Pages.Count > 0)
            .ToList();
        var title = language.Text("search_title");
        var description = language.Text("search_description", ("site", context.Settings.Title));
        var path = context.PathIn(language, context.Urls.Search)!;
        var topics = context.LinkIn(language, context.Urls.Topics);
        var jsonLd = WebPageStructuredData.SearchResultsPage(title, context.Urls.Absolute(path));
        return context.Page(SiteUrls.OutputPathOf(path[context.Urls.BasePath.Length..]),
            new PageMeta(title, description, path, "website", jsonLd) { Language = language, ReferencePath = context.Urls.Search },
            "search",
            new SearchPageView(title, listings, topics, HomePipeline.Questions(context, language))
            {
                TopicsHreflang = HreflangOf(topics, context.Urls.Topics, language, context),
                OtherLanguages = context.Languages.Where(other => other.Code != language.Code)
                    .Select(other => new OtherLanguageSearchView(
                        other.Code, context.PathIn(other, context.Urls.Search)!, context.Urls.SearchVocabularyIn(other.Folder), other.Text("search_in_this_language"),
                        other.Text("search_result_in_this_language"), other.Text("search_one_result_in_this_language"), other.Text("search_results_in_this_language")))
                    .ToList(),
                OtherLanguagesModuleUrl = context.AssetUrl("search-other-languages.js"),
            });
    }

    /// <summary>
    /// A source in the listing: its original title, and on a page in another language its key finding as translated
    /// there, the English one (marked as English) while it is not.
    /// </summary>
    private static ArticleLinkView Source(ReferenceRecord reference, PageLanguage language, RenderContext context)
    {
        var english = reference.Study.KeyFinding ?? ReferenceStyle.PlainText(reference);
        var summary = context.ReferenceTranslationOf(reference.Key, language.Code)?.Translated.Study.KeyFinding ?? english;
        var url = context.LinkIn(language, context.Urls.Reference(reference.Key));
        var original = language.Folder is null ? null : context.ReferenceLanguage.Code;
        return new ArticleLinkView(reference.Title is { } title ? $"{ReferenceStyle.ShortLabel(reference)}: {title}" : ReferenceStyle.ShortLabel(reference), summary, url)
        {
            TitleLang = original,
            SummaryLang = summary == english ? original : null,
            Hreflang = HreflangOf(url, context.Urls.Reference(reference.Key), language, context),
        };
    }

    /// <summary>A listing of every page of a type, or of the first of them and a link to where they are all listed (page by page).</summary>
    private static SearchListingView Listing(string type, string id, List<ArticleLinkView> pages, string listUrl, PageLanguage language, RenderContext context)
    {
        var name = type == SearchPageTypes.Articles ? "articles" : "sources";
        var moreUrl = context.LinkIn(language, listUrl);
        return new(type, language.Text($"search_{name}"), id, pages.Take(ListPages.PageSize).ToList())
        {
            AllHeading = language.Text($"search_all_{name}"),
            MoreText = language.Text($"search_more_{name}", ("count", language.Number(pages.Count))),
            MoreUrl = pages.Count > ListPages.PageSize ? moreUrl : null,
            MoreHreflang = HreflangOf(moreUrl, listUrl, language, context),
        };
    }

    /// <summary>The reference language, for a link from a page in another language that still leads to the reference-language page.</summary>
    private static string? HreflangOf(string link, string referenceUrl, PageLanguage language, RenderContext context) =>
        language.Folder is not null && link == referenceUrl ? context.ReferenceLanguage.Code : null;
}

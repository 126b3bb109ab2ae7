using KnowledgeBase.Content;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>Standing pages from content/pages at /&lt;slug&gt;/, and their translations at /&lt;lang&gt;/&lt;translated slug&gt;/.</summary>
public sealed class ContentPagePipeline : IOutputPipeline
{
    public string? BodiesShown(RenderContext context) => "";

    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.RenderEach(context.Graph.Content.Pages, page => page.SourcePath, page => [page.SourcePath], _ => "", page => Page(page, null, context))
            .Concat(context.RenderEach(context.Graph.Content.PageTranslations, translation => translation.SourcePath,
                translation => [translation.SourcePath, translation.English.SourcePath], _ => "", translation => Page(translation.Translated, translation, context)));

    /// <summary>
    /// A standing page, or its translation: the same page in the translation's language, saying it is a translation,
    /// its links to English pages pointed at their translations where they exist.
    /// </summary>
    private static OutputFile Page(ContentPage page, Translation<ContentPage>? translation, RenderContext context)
    {
        var sitePath = translation is null ? SiteUrls.PagePath(page.Slug) : RenderContext.TranslatedPagePath(translation);
        var path = context.Urls.Public(sitePath);
        var language = translation is null ? context.ReferenceLanguage : context.LanguageOf(translation);
        var englishUrl = context.Urls.Page((translation?.English ?? page).Slug);
        var jsonLd = WebPageStructuredData.WebPage(page.Title, context.Urls.Absolute(path));
        jsonLd["inLanguage"] = language.Code;
        if (translation is not null)
        {
            jsonLd["translator"] = PersonStructuredData.All(translation.TranslatedBy, language, context);
        }

        var meta = new PageMeta(page.Title, page.Summary, path, "website", jsonLd)
        {
            Language = translation is null ? null : language,
            ReferencePath = translation is null ? null : englishUrl,
            Translation = translation is null ? null : TranslatedPage.Notice(translation, englishUrl, context),
        };
        var body = context.Markdown.Render(page.Body, language, translation is null ? null : url => context.LinkIn(language, url));
        return context.Page(SiteUrls.OutputPathOf(sitePath), meta, "page", new PageView(page.Title, body));
    }
}

using KnowledgeBase.Content;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /translations/, for editors: in each translation language, every English file's state (translated, stale with what
/// changed in English, or missing) and the counts, the same <see cref="TranslationStatus"/> that `check --translations`
/// prints. Not for patients, so not indexed and not in the menu; a site in one language has no such page.
/// </summary>
public sealed class TranslationsPipeline : IOutputPipeline
{
    public const string Title = "Translations";

    // Each English file's state follows its body: the pages are kept or rendered on their own.
    public string? BodiesShown(RenderContext context) => null;

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var status = context.Graph.Content.TranslationStatus;
        if (status.Languages.Count == 0)
        {
            yield break;
        }

        // A site with thousands of files would make one table too long for a page (KB019): the files are split into
        // pages as long lists are, each page giving every language's counts and the same files' states.
        var english = context.ReferenceLanguage;
        var pages = ListPages.Split(status.Rows, SiteUrls.TranslationsPath);
        foreach (var page in pages)
        {
            var languages = status.Languages.Select((language, index) => new TranslationLanguageView(
                $"language-{language.Code}",
                language.Name,
                status.Count(index, TranslationState.Translated),
                status.Count(index, TranslationState.Stale),
                status.Count(index, TranslationState.Missing),
                page.Items.Select(row => new TranslationFileView(row.EnglishPath, row.Stamp, TranslationStatus.NameOf(row.States[index].State), row.States[index].EnglishChanges)).ToList()))
                .ToList();
            var title = page.Title(Title, english);
            var navigation = page.Navigation(context.Urls, "the English files", english);
            var meta = new PageMeta(title, "For editors: which English pages and sources are translated, which translations are out of date, and which are missing.",
                context.Urls.Public(page.SitePath), "website", WebPageStructuredData.WebPage(title))
            {
                NoIndex = true,
                Breadcrumbs = [context.HomeCrumb],
                Pagination = navigation,
            };
            // Kept while its files' states and the counts are as they were: an edit changes the page that lists its file.
            yield return context.PageOfView(page.OutputPath, meta, "translations", new TranslationsPageView(title, languages) { Pagination = navigation });
        }
    }
}

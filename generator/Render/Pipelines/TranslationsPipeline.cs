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

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var status = context.Graph.Content.TranslationStatus;
        if (status.Languages.Count == 0)
        {
            yield break;
        }

        var languages = status.Languages.Select((language, index) => new TranslationLanguageView(
            $"language-{language.Code}",
            language.Name,
            status.Count(index, TranslationState.Translated),
            status.Count(index, TranslationState.Stale),
            status.Count(index, TranslationState.Missing),
            status.Rows.Select(row => new TranslationFileView(row.EnglishPath, row.Stamp, TranslationStatus.NameOf(row.States[index].State), row.States[index].EnglishChanges)).ToList()))
            .ToList();
        var meta = new PageMeta(Title, "For editors: which English pages and sources are translated, which translations are out of date, and which are missing.",
            context.Urls.Translations, "website", WebPageStructuredData.WebPage(Title))
        {
            NoIndex = true,
            Breadcrumbs = [context.HomeCrumb],
        };
        yield return context.Page(SiteUrls.OutputPathOf(SiteUrls.TranslationsPath), meta, "translations", new TranslationsPageView(Title, languages));
    }
}

using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>What every translated page (article, standing page, source) shares: the notice saying it is a translation.</summary>
public static class TranslatedPage
{
    /// <summary>
    /// What the page says of its translation: from which English version and by whom, that no native-speaking
    /// clinician reviewed it, whether the English page changed since, and a link to <paramref name="englishUrl"/>.
    /// </summary>
    public static TranslationNoticeView Notice<T>(Translation<T> translation, string englishUrl, RenderContext context)
    {
        var language = context.LanguageOf(translation);
        var date = language.Date(translation.Of.Date);
        var translators = string.Join(", ", translation.TranslatedBy.Select(id => context.Graph.Content.People.Find(id.Value)?.NameIn(language.Code) ?? id.Value));
        return new TranslationNoticeView(
            language.Text("translation_notice", ("date", date), ("translators", translators)),
            translation.IsStale ? language.Text("translation_stale", ("date", date)) : null,
            englishUrl,
            context.ReferenceLanguage.Code,
            language.Text("english_page"));
    }
}

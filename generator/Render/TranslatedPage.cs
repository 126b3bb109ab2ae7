using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>What every translated page (article, standing page, source) shares: the notice saying it is a translation.</summary>
public static class TranslatedPage
{
    private const string TranslatorsPlaceholder = "{translators}";

    /// <summary>
    /// What the page says of its translation: from which English version and by whom, that no native-speaking
    /// clinician reviewed it, whether the English page changed since, and a link to <paramref name="englishUrl"/>.
    /// </summary>
    public static TranslationNoticeView Notice<T>(Translation<T> translation, string englishUrl, RenderContext context)
    {
        var language = context.LanguageOf(translation);
        var date = language.Date(translation.Of.Date);
        // The translators are links to their entries on the people page, so the notice is split around them.
        var notice = language.Text("translation_notice", ("date", date)).Split(TranslatorsPlaceholder, 2);
        return new TranslationNoticeView(
            notice[0],
            translation.TranslatedBy.Select(id => context.PersonLink(id.Value, language)).ToList(),
            notice.Length > 1 ? notice[1] : "",
            translation.IsStale ? language.Text("translation_stale", ("date", date)) : null,
            englishUrl,
            context.ReferenceLanguage.Code,
            language.Text("english_page"));
    }
}

using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Translations;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks each translation against its English file: the same sources cited, the same sections with the same ids
/// (clinics link to them, and the language switcher keeps the reader's section), translators named in people.yml,
/// each entry of people.yml given in every language, and whether the English file changed since the version it translates. A stale translation is
/// not compared with the changed English file: the stale warning says what changed, and never holds back a publish.
/// </summary>
public static class TranslationValidator
{
    public static void Validate(SiteContent site, DiagnosticBag diagnostics)
    {
        foreach (var translation in site.ArticleTranslations)
        {
            CheckCommon(translation, site.People, diagnostics);
            if (!translation.IsStale)
            {
                CheckCitations(translation, diagnostics);
                CheckHeadingIds(translation.SourcePath, translation.English.BodyFacts, translation.Translated.BodyFacts, diagnostics);
            }

            CheckSlug(translation.Translated.Slug, translation.Translated.SlugLocation, diagnostics);
        }

        foreach (var translation in site.PageTranslations)
        {
            CheckCommon(translation, site.People, diagnostics);
            CheckSlug(translation.Translated.Slug, translation.Translated.SlugLocation, diagnostics);
            if (!translation.IsStale)
            {
                CheckHeadingIds(translation.SourcePath, translation.English.BodyFacts, translation.Translated.BodyFacts, diagnostics);
            }
        }

        foreach (var translation in site.ReferenceTranslations)
        {
            CheckCommon(translation, site.People, diagnostics);
        }

        CheckGlossaryIds(site, diagnostics);
        CheckPeopleAreTranslated(site, diagnostics);
    }

    /// <summary>A translation's slug names its page's folder, as an English file name does, so it is held to the same letters.</summary>
    private static void CheckSlug(string slug, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (!Slugs.IsValid(slug))
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, location,
                $"slug '{slug}' may contain only lowercase letters, digits and hyphens (for example '{Slugs.Slugify(slug)}')");
        }
    }

    /// <summary>
    /// Each entry of people.yml gives its texts in every translation language; one that does not is shown in English on
    /// that language's people page, marked as English. Texts that translate another English role or declaration of
    /// interests than the current one (their translation_of stamp differs) are stale. Both are warnings, even with
    /// --strict: a new reviewer or a changed declaration of interests goes out in English before its translation.
    /// </summary>
    private static void CheckPeopleAreTranslated(SiteContent site, DiagnosticBag diagnostics)
    {
        foreach (var language in site.Settings.TranslationLanguages)
        {
            foreach (var person in site.People.All)
            {
                var missing = person.UntranslatedFieldsIn(language.Code).ToList();
                if (missing.Count > 0)
                {
                    diagnostics.Warning(DiagnosticCode.UntranslatedPerson, person.Location,
                        $"'{person.Id}' has no {language.Name} text in {string.Join(", ", missing.Select(field => $"'{field}'"))}, so the {language.Name} people page shows its English text, marked as English; " +
                        $"add {string.Join(" and ", missing.Select(field => $"'{field}: {{{language.Code}: ...}}'"))}, translating faithfully what they declared");
                }
                else if (person.StateIn(language.Code) == TranslationState.Stale)
                {
                    var stamp = person.TranslationOf.GetValueOrDefault(language.Code);
                    var change = stamp is null
                        ? $"'{person.Id}' does not say which English role and declared interests its {language.Name} text translates"
                        : $"the English role or declared interests of '{person.Id}' changed since its {language.Name} text was translated (it translates {stamp.Value}; the English is now {person.EnglishStamp})";
                    diagnostics.Warning(DiagnosticCode.StalePersonTranslation, stamp?.Location ?? person.Location,
                        $"{change}, so the {language.Name} people page may not say what they declared; bring '{Person.RolesField}' and '{Person.InterestsField}' in line with the English, " +
                        $"then write '{Person.TranslationOfField}: {{{language.Code}: {person.EnglishStamp}}}'");
                }
            }
        }
    }

    /// <summary>Each term of a translated glossary must have the id of an English term: links and anchors name terms by it.</summary>
    private static void CheckGlossaryIds(SiteContent site, DiagnosticBag diagnostics)
    {
        var englishIds = site.Glossary.Select(term => term.Id).ToList();
        foreach (var term in site.TranslatedGlossaries.Values.SelectMany(terms => terms).Where(term => !englishIds.Contains(term.Id)))
        {
            diagnostics.Error(DiagnosticCode.TranslatedHeadingsDiffer, term.Location,
                $"the English glossary has no term '{term.Id}'; add 'id:' with the id of the English term '{term.Term}' translates{Suggestions.DidYouMean(term.Id, englishIds)}");
        }
    }

    private static void CheckCommon<T>(Translation<T> translation, PeopleDirectory people, DiagnosticBag diagnostics)
    {
        AuthorshipValidator.ValidateTranslators(translation.TranslatedBy, people, diagnostics);
        if (translation.IsStale)
        {
            diagnostics.Warning(DiagnosticCode.StaleTranslation, translation.Of.Location,
                $"{translation.SourcePath} translates the version {translation.Of.Revision} ({translation.Of.Date:yyyy-MM-dd}) of {TranslationFiles.SourceOf(translation.SourcePath)}, " +
                $"which has changed since (it is now {translation.CurrentRevision}{(translation.EnglishChanges is { } changes ? $": {changes}" : "")}); " +
                $"update the translation, then write 'revision: {translation.CurrentRevision}'");
        }
    }

    private static void CheckCitations(Translation<Article> translation, DiagnosticBag diagnostics)
    {
        var english = ArticleCitedKeys.InPageOrder(translation.English).Select(cited => cited.Key).ToHashSet(StringComparer.Ordinal);
        var translated = ArticleCitedKeys.InPageOrder(translation.Translated).ToList();
        foreach (var extra in translated.Where(cited => !english.Contains(cited.Key)).DistinctBy(cited => cited.Key))
        {
            diagnostics.Error(DiagnosticCode.TranslatedCitationsDiffer, extra.Location,
                $"the English file does not cite '{extra.Key}'; a translation cites exactly the English file's sources");
        }

        var missing = english.Except(translated.Select(cited => cited.Key), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error(DiagnosticCode.TranslatedCitationsDiffer, SourceLocation.StartOf(translation.SourcePath),
                $"the English file cites {string.Join(", ", missing.Select(key => $"[@{key}]"))}, which this translation does not; cite them in the same sentences as the English");
        }
    }

    /// <summary>The translation's H2 and H3 headings must have the English ids, in the same order.</summary>
    private static void CheckHeadingIds(string path, MarkdownFacts english, MarkdownFacts translated, DiagnosticBag diagnostics)
    {
        var englishIds = SectionIds(english).Select(heading => heading.Id).ToList();
        var translatedHeadings = SectionIds(translated).ToList();
        var translatedIds = translatedHeadings.Select(heading => heading.Id).ToList();
        var missing = englishIds.Except(translatedIds, StringComparer.Ordinal).ToList();
        foreach (var heading in translatedHeadings.Where(heading => !englishIds.Contains(heading.Id)))
        {
            diagnostics.Error(DiagnosticCode.TranslatedHeadingsDiffer, heading.Location,
                $"the English file has no section '{heading.Id}'; end the heading with the id of the English heading it translates, as the English page shows it{Suggestions.DidYouMean(heading.Id, missing)}");
        }

        if (missing.Count > 0)
        {
            diagnostics.Error(DiagnosticCode.TranslatedHeadingsDiffer, SourceLocation.StartOf(path),
                $"the sections {string.Join(", ", missing.Select(id => $"'{id}'"))} of the English file are missing; translate each heading and end it with its id, such as '## ... {{#{missing[0]}}}'");
        }
        else if (translatedIds.Count == englishIds.Count && !translatedIds.SequenceEqual(englishIds))
        {
            diagnostics.Error(DiagnosticCode.TranslatedHeadingsDiffer, SourceLocation.StartOf(path),
                $"the sections are in another order than in the English file ({string.Join(", ", englishIds)}); keep the English order");
        }
    }

    private static IEnumerable<HeadingFact> SectionIds(MarkdownFacts document) => document.Headings.Where(heading => heading.Level is 2 or 3);
}

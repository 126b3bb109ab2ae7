using KnowledgeBase.Content;
using KnowledgeBase.Load;

namespace KnowledgeBase.Cli.Reports;

/// <summary>
/// What check prints about translations: the revision stamp of every English file that has translations (what a
/// translator writes as <c>translation_of: revision:</c>), and with --translations the state of every English file in
/// every language, translated, stale or missing, with a count per language.
/// </summary>
public static class TranslationTable
{
    public const string Translated = "translated";
    public const string Stale = "stale";
    public const string Missing = "missing";

    public static IEnumerable<string> Lines(SiteContent content, string siteRoot, bool everyFile)
    {
        var languages = content.Settings.TranslationLanguages.Select(language => language.Code).ToList();
        if (languages.Count == 0)
        {
            yield break;
        }

        var rows = Rows(content, siteRoot, languages).Where(row => everyFile || row.States.Any(state => state != Missing)).ToList();
        if (rows.Count == 0)
        {
            yield break;
        }

        yield return everyFile ? "Translations (revision stamp of each English file, and its state in each language):" : "Revision stamps of the English files that have translations:";
        yield return $"  stamp         {string.Concat(languages.Select(language => $"{language,-12}"))}English file";
        foreach (var row in rows)
        {
            yield return $"  {row.Stamp}  {string.Concat(row.States.Select(state => $"{state,-12}"))}{row.Path}";
        }

        if (everyFile)
        {
            for (var index = 0; index < languages.Count; index++)
            {
                var states = rows.Select(row => row.States[index]).ToList();
                yield return $"  {languages[index]}: {states.Count(state => state == Translated)} translated, {states.Count(state => state == Stale)} stale, {states.Count(state => state == Missing)} missing";
            }
        }
    }

    private static IEnumerable<(string Path, string Stamp, IReadOnlyList<string> States)> Rows(SiteContent content, string siteRoot, IReadOnlyList<string> languages)
    {
        var translations = content.ArticleTranslations.Select(translation => (translation.English.SourcePath, translation.Language, translation.IsStale))
            .Concat(content.PageTranslations.Select(translation => (translation.English.SourcePath, translation.Language, translation.IsStale)))
            .Concat(content.ReferenceTranslations.Select(translation => (translation.English.SourcePath, translation.Language, translation.IsStale)))
            .ToDictionary(translation => (translation.SourcePath, translation.Language), translation => translation.IsStale);
        var englishFiles = content.Articles.Select(article => article.SourcePath)
            .Concat(content.Pages.Select(page => page.SourcePath))
            .Concat(content.References.All.Select(reference => reference.SourcePath));
        foreach (var path in englishFiles)
        {
            var states = languages.Select(language => translations.TryGetValue((path, language), out var stale) ? stale ? Stale : Translated : Missing).ToList();
            yield return (path, RevisionStamp.Of(ContentFileReader.BytesOf(Path.Combine(siteRoot, path))), states);
        }
    }
}

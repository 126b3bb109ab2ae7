using KnowledgeBase.Content;

namespace KnowledgeBase.Cli.Reports;

/// <summary>
/// What check prints about translations (<see cref="TranslationStatus"/>): the revision stamp of every English file
/// that has translations (what a translator writes as <c>translation_of: revision:</c>), and with --translations the
/// state of every English file in every language, translated, stale or missing, with a count per language.
/// </summary>
public static class TranslationTable
{
    public static IEnumerable<string> Lines(TranslationStatus status, bool everyFile)
    {
        var rows = status.Rows.Where(row => everyFile || row.HasTranslations).ToList();
        if (rows.Count == 0)
        {
            yield break;
        }

        yield return everyFile ? "Translations (revision stamp of each English file, and its state in each language):" : "Revision stamps of the English files that have translations:";
        yield return $"  stamp         {string.Concat(status.Languages.Select(language => $"{language.Code,-12}"))}English file";
        foreach (var row in rows)
        {
            yield return $"  {row.Stamp}  {string.Concat(row.States.Select(state => $"{TranslationStatus.NameOf(state.State),-12}"))}{row.EnglishPath}";
        }

        if (everyFile)
        {
            for (var index = 0; index < status.Languages.Count; index++)
            {
                yield return $"  {status.Languages[index].Code}: {status.Count(index, TranslationState.Translated)} translated, " +
                    $"{status.Count(index, TranslationState.Stale)} stale, {status.Count(index, TranslationState.Missing)} missing";
            }
        }
    }

}

using KnowledgeBase.Content;

namespace KnowledgeBase.Cli.Reports;

/// <summary>
/// What <c>check --translations</c> prints about translations (<see cref="TranslationStatus"/>): the revision stamp of
/// every English file (what a translator writes as <c>translation_of: revision:</c>) and its state in every language,
/// translated, stale or missing, with a count per language. A plain check prints none of it.
/// </summary>
public static class TranslationTable
{
    public static IEnumerable<string> Lines(TranslationStatus status)
    {
        if (status.Rows.Count == 0)
        {
            yield break;
        }

        yield return "Translations (revision stamp of each English file, and its state in each language):";
        yield return $"  stamp         {string.Concat(status.Languages.Select(language => $"{language.Code,-12}"))}English file";
        foreach (var row in status.Rows)
        {
            yield return $"  {row.Stamp}  {string.Concat(row.States.Select(state => $"{TranslationStatus.NameOf(state.State),-12}"))}{row.EnglishPath}";
        }

        for (var index = 0; index < status.Languages.Count; index++)
        {
            yield return $"  {status.Languages[index].Code}: {status.Count(index, TranslationState.Translated)} translated, " +
                $"{status.Count(index, TranslationState.Stale)} stale, {status.Count(index, TranslationState.Missing)} missing";
        }
    }
}

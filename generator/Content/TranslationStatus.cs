namespace KnowledgeBase.Content;

/// <summary>Where a translation of an English file stands in one language.</summary>
public enum TranslationState
{
    Translated,
    Stale,
    Missing,
}

/// <summary>
/// One English file's state in one language; for a stale translation, what changed in the English file since the
/// version translated (null when the old version could not be read from git).
/// </summary>
public sealed record LanguageState(string Language, TranslationState State, string? EnglishChanges);

/// <summary>One English file (article, page or source): its revision stamp and its state in each translation language.</summary>
public sealed record TranslationStatusRow(string EnglishPath, string Stamp, IReadOnlyList<LanguageState> States);

/// <summary>
/// Every English file's state in every translation language, in file order (articles, pages, sources), then each
/// entry of people.yml's (its texts there translate its English role and declared interests), made once when the
/// content is loaded: what `check --translations` prints and what /translations/ shows editors.
/// </summary>
public sealed record TranslationStatus(IReadOnlyList<Language> Languages, IReadOnlyList<TranslationStatusRow> Rows)
{
    public static readonly TranslationStatus Empty = new([], []);

    /// <param name="stampOf">The current revision stamp of an English file, by its path relative to the site root.</param>
    public static TranslationStatus Of(SiteContent content, Func<string, string> stampOf)
    {
        var languages = content.Settings.TranslationLanguages.ToList();
        var translations = content.ArticleTranslations.Select(translation => Entry(translation, translation.English.SourcePath))
            .Concat(content.PageTranslations.Select(translation => Entry(translation, translation.English.SourcePath)))
            .Concat(content.ReferenceTranslations.Select(translation => Entry(translation, translation.English.SourcePath)))
            .ToDictionary(entry => (entry.EnglishPath, entry.State.Language), entry => entry.State);
        var englishFiles = content.Articles.Select(article => article.SourcePath)
            .Concat(content.Pages.Select(page => page.SourcePath))
            .Concat(content.References.All.Select(reference => reference.SourcePath));
        var rows = languages.Count == 0 ? [] : englishFiles.Select(path => new TranslationStatusRow(path, stampOf(path), languages
            .Select(language => translations.GetValueOrDefault((path, language.Code)) ?? new LanguageState(language.Code, TranslationState.Missing, null))
            .ToList()))
            .Concat(content.People.All.Select(person => new TranslationStatusRow($"{person.Location.Path}#{person.Id}", person.EnglishStamp, languages
                .Select(language => PersonState(person, language.Code))
                .ToList())))
            .ToList();
        return new TranslationStatus(languages, rows);
    }

    /// <summary>An entry of people.yml in a language; people.yml keeps no older version, so a stale one names what may have changed.</summary>
    private static LanguageState PersonState(Person person, string language)
    {
        var state = person.StateIn(language);
        return new LanguageState(language, state, state == TranslationState.Stale ? "its 'role' or 'interests'" : null);
    }

    /// <summary>How many English files are in <paramref name="state"/> in the language at <paramref name="index"/> of <see cref="Languages"/>.</summary>
    public int Count(int index, TranslationState state) => Rows.Count(row => row.States[index].State == state);

    /// <summary>A state as check prints it and /translations/ shows it: "translated", "stale" or "missing".</summary>
    public static string NameOf(TranslationState state) => state.ToString().ToLowerInvariant();

    private static (string EnglishPath, LanguageState State) Entry<T>(Translation<T> translation, string englishPath) => (
        englishPath,
        new LanguageState(translation.Language, translation.IsStale ? TranslationState.Stale : TranslationState.Translated, translation.EnglishChanges));
}

namespace KnowledgeBase.Render.Views;

/// <summary>The editors' page of translations: each translation language with its counts and every English file's state (on a large site, one page's files).</summary>
public sealed record TranslationsPageView(string Title, IReadOnlyList<TranslationLanguageView> Languages)
{
    public PaginationView? Pagination { get; init; }
}

/// <summary>One language's section: how many English files are translated, stale and missing, then each file.</summary>
public sealed record TranslationLanguageView(string Id, string Name, int Translated, int Stale, int Missing, IReadOnlyList<TranslationFileView> Files);

/// <summary>
/// One English file in one language: its path, its current revision stamp, the translation's state ("translated",
/// "stale" or "missing") and, for a stale one, what changed in the English file (null when not known).
/// </summary>
public sealed record TranslationFileView(string EnglishPath, string Stamp, string State, string? Changes);

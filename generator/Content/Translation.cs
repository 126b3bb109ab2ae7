using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>
/// Which version of the English file a translation translates: the English file's revision stamp when the
/// translation was written (<see cref="RevisionStamp"/>) and that version's date.
/// </summary>
public sealed record TranslationOf(string Revision, DateOnly Date, SourceLocation Location);

/// <summary>
/// One translation of an English article, page or source, written beside it (<c>&lt;name&gt;.es.md</c>): the English
/// item, the same item in the translation's language (the fields not translated inherited from the English one),
/// which English version it translates, who translated it, and the English file's current revision stamp.
/// </summary>
public sealed record Translation<T>(
    string Language,
    string SourcePath,
    T English,
    T Translated,
    TranslationOf Of,
    IReadOnlyList<Located<string>> TranslatedBy,
    string CurrentRevision)
{
    /// <summary>
    /// For a stale translation, what changed in the English file since (sections, sources), in one plain line; null
    /// when it is not stale or the old version could not be read.
    /// </summary>
    public string? EnglishChanges { get; init; }

    /// <summary>Whether the English file changed since the version this translates.</summary>
    public bool IsStale => !string.Equals(Of.Revision, CurrentRevision, StringComparison.Ordinal);
}

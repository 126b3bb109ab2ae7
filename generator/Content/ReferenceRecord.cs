using KnowledgeBase.Diagnostics;
using Markdig.Syntax;

namespace KnowledgeBase.Content;

/// <summary>
/// One source from content/references/&lt;key&gt;.md: its bibliographic record, what it found, how far the record
/// was checked, and the plain-language summary written for patients. A blank field stays null: nothing is guessed.
/// </summary>
public sealed record ReferenceRecord(
    string Key,
    string SourcePath,
    ReferenceType Type,
    IReadOnlyList<string> Authors,
    bool EtAl,
    string? Organization,
    string? Title,
    string? Container,
    int? Year,
    DateOnly? Date,
    string? Volume,
    string? Issue,
    string? Pages,
    Located<string>? Doi,
    Located<string>? Pmid,
    Located<string>? Pmcid,
    string? Url,
    DateOnly? Accessed,
    StudyDetails Study,
    VerificationLevel Verification,
    string? Unverified,
    Located<CitationStatus> Status,
    MarkdownDocument Summary)
{
    /// <summary>Where the record starts, for diagnostics about the reference as a whole.</summary>
    public SourceLocation Location => SourceLocation.StartOf(SourcePath);
}

/// <summary>What a study did and found, as the citation page's definition list shows it. Blank parts are null.</summary>
public sealed record StudyDetails(
    string? Design, string? Participants, string? Duration, string? Intervention, string? Outcome, string? KeyFinding);

/// <summary>The kind of source, which decides how it is cited and exported.</summary>
public enum ReferenceType
{
    JournalArticle,
    WebPage,
    News,
    PressRelease,
    Statement,
    Statistics,
    DrugLabel,
}

/// <summary>How far the record was checked against the source itself.</summary>
public enum VerificationLevel
{
    Full,
    Partial,
}

/// <summary>Whether articles may cite the source: freely, only with hedged wording, or not at all.</summary>
public enum CitationStatus
{
    Cite,
    CiteWithCaution,
    DoNotCite,
}

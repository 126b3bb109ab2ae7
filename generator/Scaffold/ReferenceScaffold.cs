using System.Globalization;
using KnowledgeBase.Content;

namespace KnowledgeBase.Scaffold;

/// <summary>
/// The file `new reference KEY` writes: every field of a reference record (CONTENT.md) with a comment on what
/// it holds, the identifiers given on the command line filled in, and 'accessed' set to today. Everything else
/// is left blank for the editor to copy from the source itself: nothing is guessed.
/// </summary>
public static class ReferenceScaffold
{
    public const string DefaultType = "journal-article";

    public static string FileName(string key) => key + ".md";

    public static string Text(string key, string type, string? doi, string? pmid, DateOnly today)
    {
        var accessed = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            ---
            # A source that articles cite as [@{key}]. Copy each field from the source itself; leave a field
            # empty when the source does not give it or you could not check it. Never guess a DOI, PMID,
            # page number or author. Lines starting with '#' are comments, which you may delete.

            # Required. The kind of source: {string.Join(", ", ReferenceNames.Types.Keys)}.
            type: {type}
            # Authors as on the source, surname then initials, e.g. [Park SH, Kim DW, Lee MA].
            authors: []
            # true when the source lists more authors than you wrote above.
            et_al: false
            # For a source written by an organisation rather than named people.
            organization:
            title:
            # The journal, website or publisher.
            container:
            year:
            # The exact date (YYYY-MM-DD), for news, press releases and statements.
            date:
            volume:
            issue:
            pages:
            # Identifiers exactly as the source gives them, e.g. doi: 10.1097/01.prs.0000304611.71480.0a,
            # pmid: "18349597", pmcid: PMC10173235.
            doi: {(doi is null ? "" : YamlText.Quoted(doi))}
            pmid: {(pmid is null ? "" : YamlText.Quoted(pmid))}
            pmcid:
            # The address you read it at, and the date you last opened it (YYYY-MM-DD).
            url:
            accessed: {accessed}
            # What the study did and found, shown on the citation page. Leave empty for sources that are not studies.
            study_design:
            participants:
            duration:
            intervention:
            outcome:
            key_finding:
            # Required. full: every field above was checked against the source; partial: some could not be.
            verification: partial
            # Required when verification is partial or citation_status is cite-with-caution: what could not be checked.
            unverified:
            # Required. cite, cite-with-caution (articles must hedge) or do-not-cite.
            citation_status: cite
            ---

            """;
    }
}

using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using Markdig;
using Markdig.Syntax;

namespace KnowledgeBase.Load;

/// <summary>Maps a reference file (content/references/&lt;key&gt;.md) onto a <see cref="ReferenceRecord"/>, reporting every mistake.</summary>
public static class ReferenceReader
{
    /// <summary>The record of the front matter's fields, with the summary already parsed; mistakes go to the fields' diagnostics.</summary>
    public static ReferenceRecord Read(FrontMatterDocument document, YamlFields fields, MarkdownDocument summary)
    {
        var reference = new ReferenceRecord(
            Key: Path.GetFileNameWithoutExtension(document.Path),
            SourcePath: document.Path,
            Type: fields.Choice("type", ReferenceNames.Types, DiagnosticCode.InvalidValue) ?? ReferenceType.WebPage,
            Authors: fields.StringList("authors").Select(author => author.Value).ToList(),
            EtAl: fields.OptionalBool("et_al", defaultValue: false),
            Organization: fields.OptionalString("organization"),
            Title: fields.OptionalString("title"),
            Container: fields.OptionalString("container"),
            Year: fields.OptionalInteger("year"),
            Date: fields.OptionalDate("date"),
            Volume: fields.OptionalString("volume"),
            Issue: fields.OptionalString("issue"),
            Pages: fields.OptionalString("pages"),
            Doi: Located(fields, "doi"),
            Pmid: Located(fields, "pmid"),
            Pmcid: Located(fields, "pmcid"),
            Url: WebAddress(fields),
            Accessed: fields.OptionalDate("accessed"),
            Study: new StudyDetails(
                fields.OptionalString("study_design"),
                fields.OptionalString("participants"),
                fields.OptionalString("duration"),
                fields.OptionalString("intervention"),
                fields.OptionalString("outcome"),
                fields.OptionalString("key_finding")),
            Verification: fields.Choice("verification", ReferenceNames.Verifications, DiagnosticCode.InvalidValue) ?? VerificationLevel.Partial,
            Unverified: fields.OptionalString("unverified"),
            Status: new Located<CitationStatus>(fields.Choice("citation_status", ReferenceNames.Statuses, DiagnosticCode.InvalidValue) ?? CitationStatus.Cite, fields.LocationOf("citation_status")),
            Summary: summary);
        fields.ReportUnknownKeys();
        return reference;
    }

    /// <summary>The plain-language summary below the front matter, parsed with positions in its file.</summary>
    public static MarkdownDocument ReadSummary(FrontMatterDocument document, MarkdownPipeline pipeline, DiagnosticBag diagnostics) =>
        MarkdownSource.Parse(document.Body, new SourceLocation(document.Path, document.BodyFirstLine, 1), pipeline, diagnostics);

    /// <summary>The url field, or null after reporting one that is not a web address: the source's page links to it and names its host.</summary>
    private static string? WebAddress(YamlFields fields)
    {
        var url = fields.OptionalString("url");
        if (url is null || (Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"))
        {
            return url;
        }

        fields.Diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf("url"),
            $"'{url}' is not a web address; write the whole address, starting with https:// or http://");
        return null;
    }

    private static Located<string>? Located(YamlFields fields, string key) =>
        fields.OptionalString(key) is { } value ? new Located<string>(value, fields.LocationOf(key)) : null;
}

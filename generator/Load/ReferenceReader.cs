using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using Markdig;

namespace KnowledgeBase.Load;

/// <summary>Maps a reference file (content/references/&lt;key&gt;.md) onto a <see cref="ReferenceRecord"/>, reporting every mistake.</summary>
public static class ReferenceReader
{
    public static ReferenceRecord Read(FrontMatterDocument document, YamlFields fields, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
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
            Url: WebAddress(fields, diagnostics),
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
            Summary: MarkdownSource.Parse(document.Body, new SourceLocation(document.Path, document.BodyFirstLine, 1), pipeline, diagnostics));
        fields.ReportUnknownKeys();
        return reference;
    }

    /// <summary>The url field, or null after reporting one that is not a web address: the source's page links to it and names its host.</summary>
    private static string? WebAddress(YamlFields fields, DiagnosticBag diagnostics)
    {
        var url = fields.OptionalString("url");
        if (url is null || (Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"))
        {
            return url;
        }

        diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf("url"),
            $"'{url}' is not a web address; write the whole address, starting with https:// or http://");
        return null;
    }

    private static Located<string>? Located(YamlFields fields, string key) =>
        fields.OptionalString(key) is { } value ? new Located<string>(value, fields.LocationOf(key)) : null;
}

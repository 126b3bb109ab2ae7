using System.Globalization;
using System.Text;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Citations.Exports;

/// <summary>
/// A source as an RIS record (/references/&lt;key&gt;.ris), which EndNote, Zotero, Mendeley and RefWorks import: one
/// "TAG  - value" per line, starting with TY and ending with ER.
/// </summary>
public static class RisExport
{
    public static string Write(ReferenceRecord reference)
    {
        var lines = new List<(string Tag, string Value)> { ("TY", TypeOf(reference.Type)) };
        if (reference.Authors.Count > 0)
        {
            lines.AddRange(reference.Authors.Select(AuthorName.Parse)
                .Select(name => ("AU", name.GivenInitials is { } given ? $"{name.Family}, {given}" : name.Family)));
        }
        else if (reference.Organization is { } organization)
        {
            lines.Add(("AU", organization));
        }

        Add(lines, "TI", reference.Title);
        // A journal or newspaper is the secondary title; the site or body that issued anything else is its publisher.
        Add(lines, reference.Type is ReferenceType.JournalArticle or ReferenceType.News ? "T2" : "PB", reference.Container);
        Add(lines, "PY", ReferenceStyle.YearOf(reference)?.ToString(CultureInfo.InvariantCulture));
        Add(lines, "DA", reference.Date?.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
        Add(lines, "VL", reference.Volume);
        Add(lines, "IS", reference.Issue);
        if (reference.Pages is { } pages)
        {
            var dash = pages.IndexOf('-', StringComparison.Ordinal);
            Add(lines, "SP", dash < 0 ? pages : pages[..dash]);
            Add(lines, "EP", dash < 0 ? null : pages[(dash + 1)..]);
        }

        Add(lines, "DO", reference.Doi?.Value);
        Add(lines, "AN", reference.Pmid is { } pmid ? "PMID: " + pmid.Value : null);
        Add(lines, "UR", reference.Url);
        Add(lines, "Y2", reference.Accessed?.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
        Add(lines, "ID", reference.Key);

        var record = new StringBuilder();
        foreach (var (tag, value) in lines)
        {
            record.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
        }

        // RIS ends a record with "ER  - " and the trailing space; readers look for it exactly.
        return record.Append("ER  - \r\n").ToString();
    }

    /// <summary>The RIS reference type: JOUR, NEWS, ELEC (web page), RPRT (report) or GEN (generic).</summary>
    public static string TypeOf(ReferenceType type) => type switch
    {
        ReferenceType.JournalArticle => "JOUR",
        ReferenceType.News => "NEWS",
        ReferenceType.WebPage or ReferenceType.Statement or ReferenceType.PressRelease => "ELEC",
        ReferenceType.Statistics => "RPRT",
        _ => "GEN",
    };

    private static void Add(List<(string, string)> lines, string tag, string? value)
    {
        if (value is not null)
        {
            lines.Add((tag, value));
        }
    }
}

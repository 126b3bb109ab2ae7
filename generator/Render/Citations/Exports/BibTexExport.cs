using System.Globalization;
using System.Text;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Citations.Exports;

/// <summary>
/// A source as a BibTeX entry (/references/&lt;key&gt;.bib), for BibTeX, biblatex, Zotero, JabRef and Mendeley.
/// Journal and news articles are @article, everything else @misc (the site or organisation in howpublished); an organisation is a braced corporate author, and an
/// author list that was not seen in full ends in "and others".
/// </summary>
public static class BibTexExport
{
    public static string Write(ReferenceRecord reference)
    {
        var fields = new List<(string Name, string Value)>();
        if (Authors(reference) is { } authors)
        {
            fields.Add(("author", authors));
        }

        Add(fields, "title", reference.Title);
        var isArticle = reference.Type is ReferenceType.JournalArticle or ReferenceType.News;
        if (isArticle)
        {
            Add(fields, "journal", reference.Container);
        }
        else
        {
            Add(fields, "howpublished", reference.Container);
        }

        Add(fields, "year", ReferenceStyle.YearOf(reference)?.ToString(CultureInfo.InvariantCulture));
        Add(fields, "month", reference.Date?.ToString("MMM", CultureInfo.InvariantCulture).ToLowerInvariant(), braced: false);
        Add(fields, "volume", reference.Volume);
        Add(fields, "number", reference.Issue);
        Add(fields, "pages", reference.Pages?.Replace("-", "--", StringComparison.Ordinal));
        AddVerbatim(fields, "doi", reference.Doi?.Value);
        AddVerbatim(fields, "pmid", reference.Pmid?.Value);
        AddVerbatim(fields, "pmcid", reference.Pmcid?.Value);
        AddVerbatim(fields, "url", reference.Url);
        AddVerbatim(fields, "urldate", reference.Accessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        var entry = new StringBuilder();
        entry.Append('@').Append(isArticle ? "article" : "misc").Append('{').Append(reference.Key).Append(",\n");
        foreach (var (name, value) in fields)
        {
            entry.Append("  ").Append(name).Append(" = ").Append(value).Append(",\n");
        }

        return entry.Append("}\n").ToString();
    }

    private static string? Authors(ReferenceRecord reference)
    {
        if (reference.Authors.Count == 0)
        {
            return reference.Organization is { } organization ? "{{" + Escape(organization) + "}}" : null;
        }

        var names = reference.Authors.Select(AuthorName.Parse)
            .Select(name => name.GivenInitials is { } given ? $"{Escape(name.Family)}, {given}" : "{" + Escape(name.Family) + "}")
            .ToList();
        if (reference.EtAl)
        {
            names.Add("others");
        }

        return "{" + string.Join(" and ", names) + "}";
    }

    private static void Add(List<(string, string)> fields, string name, string? value, bool braced = true)
    {
        if (value is not null)
        {
            fields.Add((name, braced ? "{" + Escape(value) + "}" : value));
        }
    }

    /// <summary>Identifiers and addresses are kept as written: escaping '_' or '%' in them would change them.</summary>
    private static void AddVerbatim(List<(string, string)> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add((name, "{" + value.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal) + "}"));
        }
    }

    /// <summary>Escapes the characters that mean something to TeX; other Unicode is written as it is (UTF-8).</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}

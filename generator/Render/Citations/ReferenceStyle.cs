using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Citations;

/// <summary>
/// How a source is written in reference lists, Vancouver-like: authors, title, journal, year;volume(issue):pages,
/// then DOI and PubMed links (or, for a web source, its address). A blank field is left out with its punctuation;
/// nothing is filled in.
/// </summary>
public static class ReferenceStyle
{
    /// <summary>Vancouver lists six authors, then "et al.".</summary>
    private const int MaxAuthors = 6;

    private const int ShortTitleWords = 6;

    /// <summary>
    /// Each source's short label, worked out once: it names every citation of the source on every page (hundreds of
    /// thousands on a large site), and parsing the first author's name each time was a regular expression match.
    /// </summary>
    private static readonly ConditionalWeakTable<ReferenceRecord, string> ShortLabels = new();

    /// <summary>The short name of a source in accessible names and lists: "Park 2008", "U.S. Food and Drug Administration 2010".</summary>
    public static string ShortLabel(ReferenceRecord reference) => ShortLabels.GetValue(reference, LabelOf);

    private static string LabelOf(ReferenceRecord reference)
    {
        var who = reference.Authors.Count > 0 ? AuthorName.Parse(reference.Authors[0]).Family
            : reference.Organization is { } organization ? organization.Split(';')[0].Trim()
            : reference.Title is { } title ? ShortTitle(title)
            : reference.Container ?? reference.Key;
        return YearOf(reference) is { } year ? $"{who} {year}" : who;
    }

    /// <summary>The year of publication, from <c>year</c> or else <c>date</c>; null when neither is known.</summary>
    public static int? YearOf(ReferenceRecord reference) => reference.Year ?? reference.Date?.Year;

    /// <summary>The DOI as a link (https://doi.org/...).</summary>
    public static string DoiUrl(string doi) => "https://doi.org/" + string.Join('/', doi.Split('/').Select(Uri.EscapeDataString));

    public static string PubMedUrl(string pmid) => $"https://pubmed.ncbi.nlm.nih.gov/{pmid}/";

    public static string PmcUrl(string pmcid) => $"https://pmc.ncbi.nlm.nih.gov/articles/{pmcid}/";

    /// <summary>The reference as one line of plain text, for copying into a document.</summary>
    public static string PlainText(ReferenceRecord reference) => string.Concat(Parts(reference).Select(part => part.Text)).TrimEnd();

    /// <summary>The reference as HTML, with the DOI, PubMed and web addresses as links.</summary>
    public static string Html(ReferenceRecord reference)
    {
        var html = new StringBuilder();
        foreach (var (text, href) in Parts(reference))
        {
            if (href is null)
            {
                html.Append(WebUtility.HtmlEncode(text));
            }
            else
            {
                html.Append("<a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\">").Append(WebUtility.HtmlEncode(text)).Append("</a>");
            }
        }

        return html.ToString().TrimEnd();
    }

    /// <summary>The written form of a source's date: "2007 May 14" when the day is known, else the year.</summary>
    public static string? DateText(ReferenceRecord reference) =>
        reference.Date is { } date ? date.ToString("yyyy MMM d", CultureInfo.InvariantCulture) : reference.Year?.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<(string Text, string? Href)> Parts(ReferenceRecord reference)
    {
        if (Creators(reference) is { } creators)
        {
            yield return (Sentence(creators), null);
        }

        if (reference.Title is { } title)
        {
            yield return (Sentence(title), null);
        }

        if (reference.Type == ReferenceType.JournalArticle)
        {
            if (reference.Container is { } journal)
            {
                yield return (Sentence(journal), null);
            }

            if (JournalLocation(reference) is { } location)
            {
                yield return (Sentence(location), null);
            }
        }
        else if (string.Join("; ", new[] { reference.Container, DateText(reference) }.OfType<string>()) is { Length: > 0 } published)
        {
            yield return (Sentence(published), null);
        }

        if (reference.Doi is { } doi)
        {
            yield return ("doi:", null);
            yield return (doi.Value, DoiUrl(doi.Value));
            yield return (". ", null);
        }

        if (reference.Pmid is { } pmid)
        {
            yield return ("PMID: ", null);
            yield return (pmid.Value, PubMedUrl(pmid.Value));
            yield return (". ", null);
        }

        if (reference.Pmcid is { } pmcid)
        {
            yield return ("PMCID: ", null);
            yield return (pmcid.Value, PmcUrl(pmcid.Value));
            yield return (". ", null);
        }

        if (reference.Doi is null && reference.Pmid is null && reference.Url is { } url)
        {
            yield return ("Available from: ", null);
            yield return (url, url);
        }
    }

    private static string? Creators(ReferenceRecord reference)
    {
        if (reference.Authors.Count == 0)
        {
            return reference.Organization;
        }

        var names = reference.Authors.Take(MaxAuthors).ToList();
        if (reference.EtAl || reference.Authors.Count > MaxAuthors)
        {
            names.Add("et al");
        }

        return string.Join(", ", names);
    }

    /// <summary>"2008;121(4):179e-185e", with whatever of it is known.</summary>
    private static string? JournalLocation(ReferenceRecord reference)
    {
        var text = new StringBuilder();
        text.Append(YearOf(reference));
        if (reference.Volume is { } volume)
        {
            text.Append(text.Length > 0 ? ";" : "").Append(volume);
        }

        if (reference.Issue is { } issue)
        {
            text.Append('(').Append(issue).Append(')');
        }

        if (reference.Pages is { } pages)
        {
            text.Append(text.Length > 0 ? ":" : "").Append(pages);
        }

        return text.Length > 0 ? text.ToString() : null;
    }

    /// <summary>The text followed by ". ", without doubling a full stop, question or exclamation mark it already ends with.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith('.') || trimmed.EndsWith('?') || trimmed.EndsWith('!') ? trimmed + " " : trimmed + ". ";
    }

    private static string ShortTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= ShortTitleWords ? title : string.Join(' ', words.Take(ShortTitleWords)) + "…";
    }
}

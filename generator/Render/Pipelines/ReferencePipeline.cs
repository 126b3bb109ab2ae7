using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.Citations.Exports;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// A citation page for every source at /references/&lt;key&gt;/, and its record for reference managers beside it:
/// /references/&lt;key&gt;.bib, .ris and .json (CSL-JSON).
/// </summary>
public sealed class ReferencePipeline : IOutputPipeline
{
    /// <summary>The downloads, as (file extension, link text, writer).</summary>
    private static readonly IReadOnlyList<(string Format, string Label, Func<ReferenceRecord, string> Write)> Exports =
    [
        ("bib", "BibTeX (.bib), for BibTeX, JabRef and Zotero", BibTexExport.Write),
        ("ris", "RIS (.ris), for EndNote, Mendeley, RefWorks and Zotero", RisExport.Write),
        ("json", "CSL-JSON (.json), for Zotero, Pandoc and citeproc", CslJsonExport.Write),
    ];

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        // A download is made from its source's file alone, so a build after an edit elsewhere keeps it.
        foreach (var download in context.RenderEach(
            context.Graph.Content.References.All.SelectMany(reference => Exports.Select(export => (Reference: reference, Export: export))),
            download => $"{download.Reference.Key}.{download.Export.Format}",
            download => [download.Reference.SourcePath],
            _ => "",
            download => RenderContext.Text(
                SiteUrls.OutputPathOf(SiteUrls.ReferenceExportPath(download.Reference.Key, download.Export.Format)), download.Export.Write(download.Reference))))
        {
            yield return download;
        }

        // A citation page shows the sentences that cite it, so it is made from the reference and the articles citing it.
        foreach (var page in context.RenderEach(
            context.Graph.Content.References.All,
            reference => reference.Key,
            reference => context.Graph.Citations.CitedIn(reference.Key).Select(place => place.Article.SourcePath).Prepend(reference.SourcePath),
            _ => "",
            reference => Page(reference, context)))
        {
            yield return page;
        }
    }

    private static OutputFile Page(ReferenceRecord reference, RenderContext context)
    {
        var label = ReferenceStyle.ShortLabel(reference);
        var title = reference.Title ?? label;
        var view = new ReferencePageView(
            title,
            label,
            ReferenceStyle.PlainText(reference),
            Notice(reference),
            context.Markdown.Render(reference.Summary, context.ReferenceLanguage),
            Fields(
                ("Study design", reference.Study.Design),
                ("Participants", reference.Study.Participants),
                ("Duration", reference.Study.Duration),
                ("Intervention", reference.Study.Intervention),
                ("What was measured", reference.Study.Outcome),
                ("Key finding", reference.Study.KeyFinding)),
            Record(reference),
            Links(reference),
            CitedIn(reference, context),
            Exports.Select(export => new LinkView(export.Label, context.Urls.ReferenceExport(reference.Key, export.Format))).ToList(),
            context.Urls.References);
        var description = reference.Study.KeyFinding ?? $"Citation details and a plain-language summary of {label}.";
        var meta = new PageMeta(HeadTitle(label, reference.Title), description, context.Urls.Reference(reference.Key), "article", ReferenceStructuredData.CitationPage(reference, context));
        return context.Page(SiteUrls.OutputPathOf(SiteUrls.ReferencePath(reference.Key)), meta, "reference", view);
    }

    /// <summary>
    /// The page's &lt;title&gt;: "Park 2008: Effectiveness of mesotherapy on body contouring", with a long scholarly
    /// title cut at a word, so browser tabs and search results show who and when first. Length is counted as the page
    /// writes the title, where an accented letter is escaped into several characters: validators count it so.
    /// </summary>
    public static string HeadTitle(string label, string? title)
    {
        const int maxLength = 70;
        if (title is null)
        {
            return label;
        }

        var full = $"{label}: {title}";
        if (WrittenLength(full) <= maxLength)
        {
            return full;
        }

        var cut = maxLength;
        do
        {
            cut = full.LastIndexOf(' ', cut - 1);
        }
        while (cut > 0 && WrittenLength(full[..cut]) > maxLength - 1);

        return (cut > 0 ? full[..cut] : full[..(maxLength - 1)]).TrimEnd(',', ':', ';') + "…";
    }

    private static int WrittenLength(string text) => System.Net.WebUtility.HtmlEncode(text).Length;

    /// <summary>What could not be checked, for a partly verified or cite-with-caution source; null for a fully checked one.</summary>
    public static VerificationNoticeView? Notice(ReferenceRecord reference)
    {
        var caution = reference.Status.Value == CitationStatus.CiteWithCaution;
        if (reference.Verification == VerificationLevel.Full && !caution)
        {
            return null;
        }

        var paragraphs = new List<string>();
        if (reference.Unverified is { } unverified)
        {
            paragraphs.Add(unverified);
        }

        if (caution)
        {
            paragraphs.Add("Because of this, our articles report what this source says with care, in words such as \"reportedly\" or \"according to\".");
        }

        var heading = reference.Verification == VerificationLevel.Partial ? "Partly verified: what we could not check" : "Use with caution: what we could not check";
        return new VerificationNoticeView(heading, paragraphs);
    }

    private static List<RecordFieldView> Record(ReferenceRecord reference)
    {
        var authors = reference.Authors.Count == 0 ? null : string.Join(", ", reference.Authors) + (reference.EtAl ? ", et al." : "");
        return Fields(
            ("Kind of source", KindOf(reference.Type)),
            ("Authors", authors),
            ("Organisation", reference.Organization),
            ("Title", reference.Title),
            ("Published in", reference.Container),
            (reference.Date is null ? "Year" : "Date", reference.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? reference.Year?.ToString(CultureInfo.InvariantCulture)),
            ("Volume", reference.Volume),
            ("Issue", reference.Issue),
            ("Pages", reference.Pages),
            ("DOI", reference.Doi?.Value),
            ("PMID", reference.Pmid?.Value),
            ("PMCID", reference.Pmcid?.Value),
            ("Accessed", reference.Accessed?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)),
            ("Checked", reference.Verification == VerificationLevel.Full
                ? "Fully: every identifier shown here was seen in a source"
                : "Partly: see what we could not check"));
    }

    private static List<LinkView> Links(ReferenceRecord reference)
    {
        var links = new List<LinkView>();
        if (reference.Doi is { } doi)
        {
            links.Add(new LinkView($"The publisher's page, through its DOI ({doi.Value})", ReferenceStyle.DoiUrl(doi.Value)));
        }

        if (reference.Pmid is { } pmid)
        {
            links.Add(new LinkView($"PubMed record {pmid.Value}", ReferenceStyle.PubMedUrl(pmid.Value)));
        }

        if (reference.Pmcid is { } pmcid)
        {
            links.Add(new LinkView($"Full text on PubMed Central ({pmcid.Value})", ReferenceStyle.PmcUrl(pmcid.Value)));
        }

        if (reference.Url is { } url && links.All(link => link.Url != url))
        {
            links.Add(new LinkView($"The source on the web ({new Uri(url).Host})", url));
        }

        return links;
    }

    private static List<CitedInArticleView> CitedIn(ReferenceRecord reference, RenderContext context) =>
        context.Graph.Citations.CitedIn(reference.Key)
            .GroupBy(place => place.Article, ReferenceEqualityComparer.Instance)
            .Select(group =>
            {
                var article = group.First().Article;
                var url = context.Urls.Article(article.Slug);
                return new CitedInArticleView(article.Meta.Title, url,
                    group.Select(place => new LinkView(place.Occurrence.CitingText.Text, $"{url}#{place.Occurrence.AnchorId}")).ToList());
            })
            .ToList();

    private static string KindOf(ReferenceType type) => type switch
    {
        ReferenceType.JournalArticle => "Journal article",
        ReferenceType.WebPage => "Web page",
        ReferenceType.News => "News report",
        ReferenceType.PressRelease => "Press release",
        ReferenceType.Statement => "Statement",
        ReferenceType.Statistics => "Statistics",
        ReferenceType.DrugLabel => "Drug label (prescribing information)",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static List<RecordFieldView> Fields(params (string Label, string? Value)[] fields) =>
        fields.Where(field => field.Value is not null).Select(field => new RecordFieldView(field.Label, field.Value!)).ToList();
}

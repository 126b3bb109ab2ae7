using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Link.Citations;
using KnowledgeBase.Markdown.Citations;
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
    /// <summary>The downloads, as (file extension, key of the link text in i18n/, writer).</summary>
    private static readonly IReadOnlyList<(string Format, string Label, Func<ReferenceRecord, string> Write)> Exports =
    [
        ("bib", "source_export_bib", BibTexExport.Write),
        ("ris", "source_export_ris", RisExport.Write),
        ("json", "source_export_json", CslJsonExport.Write),
    ];

    // A source's page shows the sentences citing it: each page is kept or rendered on its own.
    public string? BodiesShown(RenderContext context) => null;

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

        // A citation page shows the sentences that cite it, so it is made from the reference and the articles citing it
        // (each once: an article cites a source in several places); of those articles it shows their titles, addresses
        // and citing sentences alone, so an edit elsewhere in them keeps it.
        foreach (var page in context.RenderEachShown(
            context.Graph.Content.References.All,
            reference => reference.Key,
            reference => ArticlesCiting(reference, context).Select(article => article.SourcePath).Prepend(reference.SourcePath),
            reference => [reference.SourcePath],
            reference => CitedIn(reference, context.ReferenceLanguage, context),
            (reference, citedIn) => Page(reference, null, citedIn, context)))
        {
            yield return page;
        }

        // A translated source page shows the translated articles' sentences that cite it, so it is made from them too.
        foreach (var page in context.RenderEachShown(
            context.Graph.Content.ReferenceTranslations,
            translation => translation.SourcePath,
            translation => CitingArticles(translation.English, context.LanguageOf(translation), context)
                .Select(article => article.SourcePath).Prepend(translation.English.SourcePath).Prepend(translation.SourcePath),
            translation => [translation.SourcePath, translation.English.SourcePath],
            translation => CitedIn(translation.Translated, context.LanguageOf(translation), context),
            (translation, citedIn) => Page(translation.Translated, translation, citedIn, context)))
        {
            yield return page;
        }
    }

    /// <summary>
    /// A source's page, or its page in a language its summary is translated into: the translated summary and study
    /// details in that language's words, with the English record (titles, journal) marked as English.
    /// </summary>
    private static OutputFile Page(ReferenceRecord reference, Translation<ReferenceRecord>? translation, List<CitedInArticleView> citedIn, RenderContext context)
    {
        var language = translation is null ? context.ReferenceLanguage : context.LanguageOf(translation);
        var english = translation is null ? null : context.ReferenceLanguage.Code;
        var sitePath = translation is null ? SiteUrls.ReferencePath(reference.Key) : RenderContext.TranslatedReferencePath(translation);
        var path = context.Urls.Public(sitePath);
        var englishUrl = context.Urls.Reference(reference.Key);
        var label = ReferenceStyle.ShortLabel(reference);
        var title = reference.Title ?? label;
        var view = new ReferencePageView(
            title,
            label,
            ReferenceStyle.PlainText(reference),
            Notice(reference, language),
            context.Markdown.Render(reference.Summary, language, translation is null ? null : url => context.LinkIn(language, url)),
            Fields(null,
                (language.Text("source_study_design"), reference.Study.Design),
                (language.Text("source_participants"), reference.Study.Participants),
                (language.Text("source_duration"), reference.Study.Duration),
                (language.Text("source_intervention"), reference.Study.Intervention),
                (language.Text("source_outcome"), reference.Study.Outcome),
                (language.Text("source_key_finding"), reference.Study.KeyFinding)),
            Record(reference, language, english),
            Links(reference, language),
            citedIn,
            Exports.Select(export => new LinkView(language.Text(export.Label), context.Urls.ReferenceExport(reference.Key, export.Format))).ToList(),
            context.LinkIn(language, context.Urls.References))
        {
            EnglishLang = english,
        };
        var description = reference.Study.KeyFinding ?? language.Text("source_description", ("label", label));
        var meta = new PageMeta(HeadTitle(label, reference.Title), description, path, "article", ReferenceStructuredData.CitationPage(reference, context, path))
        {
            Language = translation is null ? null : language,
            ReferencePath = translation is null ? null : englishUrl,
            Translation = translation is null ? null : TranslatedPage.Notice(translation, englishUrl, context),
        };
        return context.Page(SiteUrls.OutputPathOf(sitePath), meta, "reference", view);
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
    private static VerificationNoticeView? Notice(ReferenceRecord reference, PageLanguage language)
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
            paragraphs.Add(language.Text("source_caution_wording"));
        }

        var heading = language.Text(reference.Verification == VerificationLevel.Partial ? "source_partly_verified" : "source_use_with_caution");
        return new VerificationNoticeView(heading, paragraphs);
    }

    /// <summary>The bibliographic record, whose titles and names of journals and organisations stay in the original (<paramref name="english"/>).</summary>
    private static List<RecordFieldView> Record(ReferenceRecord reference, PageLanguage language, string? english)
    {
        var authors = reference.Authors.Count == 0 ? null : string.Join(", ", reference.Authors) + (reference.EtAl ? ", et al." : "");
        return
        [
            .. Fields(null,
                (language.Text("source_kind"), language.Text(KindOf(reference.Type))),
                (language.Text("source_authors"), authors)),
            .. Fields(english,
                (language.Text("source_organisation"), reference.Organization),
                (language.Text("source_title"), reference.Title),
                (language.Text("source_published_in"), reference.Container)),
            .. Fields(null,
                (language.Text(reference.Date is null ? "source_year" : "source_date"), reference.Date is { } date ? language.Date(date) : reference.Year?.ToString(CultureInfo.InvariantCulture)),
                (language.Text("source_volume"), reference.Volume),
                (language.Text("source_issue"), reference.Issue),
                (language.Text("source_pages"), reference.Pages),
                ("DOI", reference.Doi?.Value),
                ("PMID", reference.Pmid?.Value),
                ("PMCID", reference.Pmcid?.Value),
                (language.Text("source_accessed"), reference.Accessed is { } accessed ? language.Date(accessed) : null),
                (language.Text("source_checked"), language.Text(reference.Verification == VerificationLevel.Full ? "source_checked_fully" : "source_checked_partly"))),
        ];
    }

    private static List<LinkView> Links(ReferenceRecord reference, PageLanguage language)
    {
        var links = new List<LinkView>();
        if (reference.Doi is { } doi)
        {
            links.Add(new LinkView(language.Text("source_doi_link", ("doi", doi.Value)), ReferenceStyle.DoiUrl(doi.Value)));
        }

        if (reference.Pmid is { } pmid)
        {
            links.Add(new LinkView(language.Text("source_pubmed_link", ("pmid", pmid.Value)), ReferenceStyle.PubMedUrl(pmid.Value)));
        }

        if (reference.Pmcid is { } pmcid)
        {
            links.Add(new LinkView(language.Text("source_pmc_link", ("pmcid", pmcid.Value)), ReferenceStyle.PmcUrl(pmcid.Value)));
        }

        if (reference.Url is { } url && links.All(link => link.Url != url))
        {
            links.Add(new LinkView(language.Text("source_web_link", ("host", new Uri(url).Host)), url));
        }

        return links;
    }

    /// <summary>
    /// The articles that cite the source, each with the sentences that do: on a page in a translation language, from
    /// the article's translation where there is one, else from the English article, marked as English.
    /// </summary>
    private static List<CitedInArticleView> CitedIn(ReferenceRecord reference, PageLanguage language, RenderContext context) =>
        context.Graph.Citations.CitedIn(reference.Key)
            .GroupBy(place => place.Article, ReferenceEqualityComparer.Instance)
            .Select(group =>
            {
                var article = group.First().Article;
                if (context.TranslationOf(article, language) is { } translation)
                {
                    var translatedUrl = context.Urls.Public(RenderContext.TranslatedArticlePath(translation));
                    return new CitedInArticleView(translation.Translated.Meta.Title, translatedUrl, Sentences(
                        context.Graph.Citations.Of(translation.Translated).Linked.Where(occurrence => occurrence.Key == reference.Key), translatedUrl, language));
                }

                var url = context.Urls.Article(article.Slug);
                return new CitedInArticleView(article.Meta.Title, url, Sentences(group.Select(place => place.Occurrence), url, context.ReferenceLanguage))
                {
                    Lang = language.Folder is null ? null : context.ReferenceLanguage.Code,
                };
            })
            .ToList();

    private static List<LinkView> Sentences(IEnumerable<CitationOccurrence> occurrences, string url, PageLanguage language) =>
        occurrences.Select(occurrence => new LinkView(CitingTextIn(occurrence.CitingText, language), $"{url}#{occurrence.AnchorId}")).ToList();

    /// <summary>A citing sentence in the words of its article's language, headed by its label where it has one ("Numbing: ...").</summary>
    private static string CitingTextIn(CitingSentence sentence, PageLanguage language) =>
        sentence.LabelKey is { } labelKey ? $"{language.Text(labelKey)}: {sentence.Text}" : sentence.Text;

    /// <summary>The published articles citing a source, each once, in article order.</summary>
    private static IEnumerable<Article> ArticlesCiting(ReferenceRecord reference, RenderContext context) =>
        context.Graph.Citations.CitedIn(reference.Key).Select(place => place.Article).Distinct(ReferenceEqualityComparer.Instance).Cast<Article>();

    /// <summary>The articles whose sentences a source's page in <paramref name="language"/> shows: the English ones citing it, or their translations.</summary>
    private static IEnumerable<Article> CitingArticles(ReferenceRecord reference, PageLanguage language, RenderContext context) =>
        ArticlesCiting(reference, context)
            .SelectMany(article => context.TranslationOf(article, language) is { } translation ? [article, translation.Translated] : new[] { article });

    /// <summary>The key in i18n/ of the name of a kind of source.</summary>
    private static string KindOf(ReferenceType type) => type switch
    {
        ReferenceType.JournalArticle => "source_type_journal_article",
        ReferenceType.WebPage => "source_type_web_page",
        ReferenceType.News => "source_type_news",
        ReferenceType.PressRelease => "source_type_press_release",
        ReferenceType.Statement => "source_type_statement",
        ReferenceType.Statistics => "source_type_statistics",
        ReferenceType.DrugLabel => "source_type_drug_label",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The fields that have a value, each marked as written in <paramref name="lang"/> when it is not the page's language.</summary>
    private static List<RecordFieldView> Fields(string? lang, params (string Label, string? Value)[] fields) =>
        fields.Where(field => field.Value is not null).Select(field => new RecordFieldView(field.Label, field.Value!) { Lang = lang }).ToList();
}

using System.Globalization;
using KnowledgeBase.Blocks.EvidenceByUse;
using KnowledgeBase.Content;
using KnowledgeBase.Render.EvidenceBlocks;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /evidence/: every use of the treatment that a published article grades, strongest evidence first, each
/// linking to its row in the article (where its sources are), and the evidence levels explained in plain words.
/// Each translation language has its own under its folder, from the translated articles' uses.
/// </summary>
public sealed class EvidencePipeline : IOutputPipeline
{
    private const string AllUsesId = "all-uses";

    public string? BodiesShown(RenderContext context) => "";

    public IEnumerable<OutputFile> Render(RenderContext context) => context.Languages.SelectMany(language => Render(context, language));

    private static IEnumerable<OutputFile> Render(RenderContext context, PageLanguage language)
    {
        var urls = context.Urls;
        var entries = context.Lists.In(language).GradedUses
            .Select(graded => new EvidenceMatrix.Entry(
                graded.Use,
                RowId: null,
                SiteUrls.WithFragment(graded.ArticleUrl, graded.Use.RowId),
                graded.ArticleTitle,
                CitationsHtml: ""))
            .ToList();
        var title = language.Text("evidence_page_title", ("subject", context.Settings.Subject));
        var summary = language.Text("evidence_page_summary");
        // A long list of uses is split, strongest evidence first throughout; every page explains the levels. A page
        // shows only its uses and how many there are, so an edit that leaves them alone does not render it again.
        return context.RenderEach(
            ListPages.Split(entries, SiteUrls.InLanguage(language.Folder, SiteUrls.EvidencePath)),
            page => page.OutputPath,
            _ => [],
            page => $"{entries.Count}\n{context.Lists.PageCountsOf(SiteUrls.EvidencePath)}\n" + string.Join('\n', page.Items.Select(entry => $"{entry.Use.Name}\t{entry.Use.Evidence}\t{entry.Use.Verdict}\t{entry.ArticleUrl}\t{entry.ArticleTitle}")),
            page => Page(context, language, page, entries.Count, title, summary));
    }

    /// <summary>
    /// The uses graded by the articles in <paramref name="language"/>, strongest evidence first, then by name, then by
    /// article address: the one order of the evidence page and the home page's evidence at a glance. English names
    /// compare by their characters (the order the English pages have always had), other languages' as the language sorts.
    /// </summary>
    public static IEnumerable<(EvidenceUse Use, string ArticleUrl, string ArticleTitle)> GradedUses(RenderContext context, PageLanguage language)
    {
        var articles = language.Folder is null
            ? context.Graph.PublishedArticles.Select(article => (article.Meta, Url: context.Urls.Article(article.Slug)))
            : context.Graph.PublishedTranslations
                .Where(translation => translation.Language == language.Code)
                .Select(translation => (translation.Translated.Meta, Url: context.Urls.Public(RenderContext.TranslatedArticlePath(translation))));
        var names = language.Folder is null ? StringComparer.Ordinal : StringComparer.Create(language.Culture, CompareOptions.IgnoreCase);
        return articles
            .SelectMany(article => EvidenceByUseTable.In(article.Meta).Select(use => (Use: use, ArticleUrl: article.Url, ArticleTitle: article.Meta.Title)))
            .OrderByDescending(graded => graded.Use.Evidence)
            .ThenBy(graded => graded.Use.Name, names)
            .ThenBy(graded => graded.ArticleUrl, StringComparer.Ordinal);
    }

    private static OutputFile Page(RenderContext context, PageLanguage language, ListPage<EvidenceMatrix.Entry> page, int entryCount, string title, string summary)
    {
        var urls = context.Urls;
        var path = urls.Public(page.SitePath);
        var navigation = page.Navigation(urls, language.Text("evidence_page_pagination"), language);
        var matrix = entryCount == 0 ? "" : context.Templates.Render("evidence-matrix", EvidenceMatrix.View(
            new PageSectionView(AllUsesId, language.Text("evidence_page_all_uses")),
            language.Text("evidence_page_caption"),
            page.Items,
            new LinkView("", "#" + SiteUrls.EvidenceLevelsId),
            language), language.Strings);
        var view = new EvidencePageView(
            page.Title(title, language),
            summary,
            matrix,
            new PageSectionView(SiteUrls.EvidenceLevelsId, language.Text("evidence_page_levels")),
            EvidenceLevelWording.In(language))
        {
            Pagination = navigation,
        };
        var jsonLd = WebPageStructuredData.WebPage(page.Title(title, language), urls.Absolute(path));
        return context.Page(page.OutputPath, new PageMeta(page.Title(title, language), summary, path, "website", jsonLd)
        {
            Pagination = navigation,
            Language = language.Folder is null ? null : language,
            ReferencePath = language.Folder is null ? null : urls.Public(SiteUrls.ListPagePath(SiteUrls.EvidencePath, page.Number)),
        }, "evidence", view);
    }
}

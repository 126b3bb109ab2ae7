using KnowledgeBase.Content;
using KnowledgeBase.Render.EvidenceBlocks;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /evidence/: every use of the treatment that a published article grades, strongest evidence first, each
/// linking to its row in the article (where its sources are), and the evidence levels explained in plain words.
/// </summary>
public sealed class EvidencePipeline : IOutputPipeline
{
    private const string AllUsesId = "all-uses";

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var urls = context.Urls;
        var entries = context.Graph.GradedUses()
            .ThenBy(graded => urls.Article(graded.Article.Slug), StringComparer.Ordinal)
            .Select(graded => new EvidenceMatrix.Entry(
                graded.Use,
                RowId: null,
                SiteUrls.WithFragment(urls.Article(graded.Article.Slug), graded.Use.RowId),
                graded.Article.Meta.Title,
                CitationsHtml: ""))
            .ToList();
        var title = $"{context.Settings.Subject}: what it is used for and how strong the evidence is";
        const string summary = "Every use covered on this site, with how strong the evidence for it is, in plain words, and a link to the article with the sources.";
        // A long list of uses is split, strongest evidence first throughout; every page explains the levels. A page
        // shows only its uses and how many there are, so an edit that leaves them alone does not render it again.
        return context.RenderEach(
            ListPages.Split(entries, SiteUrls.EvidencePath),
            page => page.OutputPath,
            _ => [],
            page => $"{entries.Count}\n" + string.Join('\n', page.Items.Select(entry => $"{entry.Use.Name}\t{entry.Use.Evidence}\t{entry.Use.Verdict}\t{entry.ArticleUrl}\t{entry.ArticleTitle}")),
            page => Page(context, page, entries.Count, title, summary));
    }

    private static OutputFile Page(RenderContext context, ListPage<EvidenceMatrix.Entry> page, int entryCount, string title, string summary)
    {
        var urls = context.Urls;
        var path = urls.Public(page.SitePath);
        var navigation = page.Navigation(urls, "the uses");
        var matrix = entryCount == 0 ? "" : context.Templates.Render("evidence-matrix", EvidenceMatrix.View(
            new PageSectionView(AllUsesId, "Every use, strongest evidence first"),
            "Each use, the strength of its evidence, what the studies show, and the article that covers it",
            page.Items,
            new LinkView("", "#" + SiteUrls.EvidenceLevelsId),
            context.ReferenceLanguage), context.ReferenceLanguage.Strings);
        var view = new EvidencePageView(
            page.Title(title),
            summary,
            matrix,
            new PageSectionView(SiteUrls.EvidenceLevelsId, "What the evidence levels mean"),
            EvidenceLevelWording.In(context.ReferenceLanguage))
        {
            Pagination = navigation,
        };
        var jsonLd = WebPageStructuredData.WebPage(page.Title(title), urls.Absolute(path));
        return context.Page(page.OutputPath, new PageMeta(page.Title(title), summary, path, "website", jsonLd) { Pagination = navigation }, "evidence", view);
    }
}

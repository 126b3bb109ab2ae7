using KnowledgeBase.Content;
using KnowledgeBase.Markdown.HeadingAnchors;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>The home page at /, led by the questions patients ask.</summary>
public sealed class HomePipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var settings = context.Settings;
        var articles = context.Graph.PublishedArticles;
        var pages = ListPages.Split(articles, "/");
        var evidence = Evidence(context);
        var navigation = pages[0].Navigation(context.Urls, AllArticles.ToLowerInvariant());
        var view = new HomeView(
            settings.Title,
            settings.Introduction,
            context.Urls.Search,
            Questions(context),
            evidence.Take(ListPages.PageSize).ToList(),
            context.Graph.Topics.Select(topic => new TopicLinkView(topic.Title, topic.Description, context.Urls.Topic(topic.Slug), topic.Articles.Count)).ToList(),
            pages[0].Items.Select(context.LinkTo).ToList(),
            articles.Count > 0 ? RenderContext.Date(articles.Max(article => article.Meta.LastReviewed)) : null,
            context.Graph.Content.Pages.Select(page => new LinkView(page.Title, context.Urls.Page(page.Slug))).ToList())
        {
            EvidenceCount = evidence.Count,
            MoreEvidenceUrl = evidence.Count > ListPages.PageSize ? context.Urls.Evidence : null,
            Pagination = navigation,
        };
        yield return context.PageOfView("index.html",
            new PageMeta(settings.Title, settings.Description, context.Urls.Home, "website", WebSiteStructuredData.Home(context)) { Pagination = navigation },
            "home", view);

        // A site with more articles than a page holds lists the rest on further pages, as a topic page lists its own.
        foreach (var page in pages.Skip(1))
        {
            var path = context.Urls.Public(page.SitePath);
            var title = page.Title(AllArticles);
            var description = $"Every article of {settings.Title}, page {page.Number} of {page.Count}.";
            var pageNavigation = page.Navigation(context.Urls, AllArticles.ToLowerInvariant());
            yield return context.PageOfView(page.OutputPath,
                new PageMeta(title, description, path, "website", WebPageStructuredData.CollectionPage(title, description, context.Urls.Absolute(path)))
                {
                    Breadcrumbs = [context.HomeCrumb],
                    Pagination = pageNavigation,
                },
                "topic", new TopicPageView(title, "", page.Items.Select(context.LinkTo).ToList()) { Pagination = pageNavigation });
        }
    }

    private const string AllArticles = "All articles";

    /// <summary>The questions the home page leads with, each with the article and section that answer it.</summary>
    public static IReadOnlyList<QuestionView> Questions(RenderContext context) =>
        context.Settings.Questions.Select(question => Answer(question, context)).OfType<QuestionView>().ToList();

    /// <summary>
    /// The question with the article and section that answer it. Validation has checked that both exist; a
    /// question whose article is not published (a draft) is left out.
    /// </summary>
    private static QuestionView? Answer(HomeQuestion question, RenderContext context)
    {
        var address = SectionAddress.Parse(question.Answer.Value);
        var article = context.Graph.PublishedArticles.FirstOrDefault(candidate => candidate.Slug == address?.Slug);
        if (address is null || article is null)
        {
            return null;
        }

        var heading = address.HeadingId is { } id ? HeadingIds.Find(article.Body, id) : null;
        var url = context.Urls.Article(article.Slug) + (heading is null ? "" : "#" + HeadingIds.IdOf(heading));
        return new QuestionView(question.Question, url, article.Meta.Title, heading is null ? "" : HeadingIds.TextOf(heading));
    }

    /// <summary>Every use that articles grade, strongest evidence first, then by name.</summary>
    private static List<EvidenceRowView> Evidence(RenderContext context) =>
        context.Graph.GradedUses()
            .Select(graded => new EvidenceRowView(
                graded.Use.Name,
                EvidenceLevelNames.NameOf(graded.Use.Evidence),
                EvidenceLevelNames.LabelOf(graded.Use.Evidence),
                (int)graded.Use.Evidence,
                graded.Use.Verdict,
                context.LinkTo(graded.Article)))
            .ToList();
}

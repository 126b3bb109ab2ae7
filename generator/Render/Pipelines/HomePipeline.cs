using KnowledgeBase.Content;
using KnowledgeBase.Link;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The home page at /, led by the questions patients ask; each translation language has its own under its folder
/// (/es/), listing the articles translated into it, with the questions site.yml translates.
/// </summary>
public sealed class HomePipeline : IOutputPipeline
{
    public string? BodiesShown(RenderContext context) => QuestionsShown(context);

    public IEnumerable<OutputFile> Render(RenderContext context) => context.Languages.SelectMany(language => Render(context, language));

    private static IEnumerable<OutputFile> Render(RenderContext context, PageLanguage language)
    {
        var settings = context.Settings;
        var urls = context.Urls;
        var translated = language.Folder is not null;
        var shown = context.Lists.In(language).Articles;
        var articles = shown.Select(item => item.Link).ToList();
        var pages = ListPages.Split(articles, SiteUrls.InLanguage(language.Folder, "/"));
        var evidence = Evidence(context, language);
        var allArticles = language.Text("home_all_articles");
        var navigation = pages[0].Navigation(urls, allArticles.ToLower(language.Culture), language);
        var introduction = translated ? settings.Introductions.GetValueOrDefault(language.Code) : settings.Introduction;
        var view = new HomeView(
            settings.Title,
            introduction ?? settings.Introduction,
            context.PathIn(language, urls.Search)!,
            Questions(context, language),
            evidence.Shown,
            context.Graph.Topics.Select(topic => TopicLink(topic, language, context)).ToList(),
            pages[0].Items,
            shown.Count > 0 ? language.TimeOf(shown.Max(item => item.English.Meta.LastReviewed)) : null,
            context.Graph.Content.Pages.Select(page => context.StandingPageLink(page, language)).ToList())
        {
            // A translation language without its introduction in site.yml shows the reference one, marked as such.
            IntroductionLang = introduction is null ? context.ReferenceLanguage.Code : null,
            EvidenceCount = language.Number(evidence.Count),
            MoreEvidenceUrl = evidence.Count > ListPages.PageSize ? context.PathIn(language, urls.Evidence) : null,
            Pagination = navigation,
        };
        var homePath = context.PathIn(language, urls.Home)!;
        yield return context.PageOfView(SiteUrls.OutputPathOf(SiteUrls.InLanguage(language.Folder, "/")),
            new PageMeta(settings.Title, translated ? view.Introduction : settings.Description, homePath, "website",
                translated ? WebPageStructuredData.WebPage(settings.Title, urls.Absolute(homePath)) : WebSiteStructuredData.Home(context))
            {
                Pagination = navigation,
                Language = translated ? language : null,
                ReferencePath = translated ? urls.Home : null,
            },
            "home", view);

        // A site with more articles than a page holds lists the rest on further pages, as a topic page lists its own.
        foreach (var page in pages.Skip(1))
        {
            var path = urls.Public(page.SitePath);
            var title = page.Title(allArticles, language);
            var description = language.Text("home_page_description", ("site", settings.Title), ("page", language.Number(page.Number)), ("count", language.Number(page.Count)));
            var pageNavigation = page.Navigation(urls, allArticles.ToLower(language.Culture), language);
            yield return context.PageOfView(page.OutputPath,
                new PageMeta(title, description, path, "website", WebPageStructuredData.CollectionPage(title, description, urls.Absolute(path)))
                {
                    Breadcrumbs = [context.HomeCrumbIn(language)],
                    Pagination = pageNavigation,
                    Language = translated ? language : null,
                    ReferencePath = translated ? urls.Public(SiteUrls.ListPagePath("/", page.Number)) : null,
                },
                "topic", new TopicPageView(title, "", page.Items) { Pagination = pageNavigation });
        }
    }

    /// <summary>The published articles that exist in <paramref name="language"/>, in the site's order, each with the link lists in that language show.</summary>
    public static List<(Article English, ArticleLinkView Link)> ArticlesIn(RenderContext context, PageLanguage language) =>
        context.Graph.PublishedArticles
            .Select(article => (English: article, Link: context.LinkTo(article, language)))
            .Where(item => item.Link is not null)
            .Select(item => (item.English, item.Link!))
            .ToList();

    /// <summary>
    /// The questions of every language with the sections that answer them: all the home and search pages show of
    /// articles' bodies.
    /// </summary>
    public static string QuestionsShown(RenderContext context) =>
        string.Join('\n', context.Languages.SelectMany(language => Questions(context, language)));

    /// <summary>
    /// The questions a page in <paramref name="language"/> leads with, each with the article and section that answer
    /// it; in a translation language, only the questions site.yml translates whose article is translated.
    /// </summary>
    public static IReadOnlyList<QuestionView> Questions(RenderContext context, PageLanguage language) =>
        context.Settings.Questions.Select(question => Answer(question, language, context)).OfType<QuestionView>().ToList();

    /// <summary>
    /// The question with the article and section that answer it, in <paramref name="language"/> (translations keep
    /// the English section ids). Validation has checked that both exist; a question whose article is not published
    /// (a draft) or not translated is left out.
    /// </summary>
    private static QuestionView? Answer(HomeQuestion question, PageLanguage language, RenderContext context)
    {
        var address = SectionAddress.Parse(question.Answer.Value);
        var english = context.Graph.PublishedArticles.FirstOrDefault(candidate => candidate.Slug == address?.Slug);
        var text = question.QuestionIn(language.Code, context.ReferenceLanguage.Code);
        if (address is null || english is null || text is null || context.ArticleIn(english, language) is not { } article)
        {
            return null;
        }

        var heading = address.HeadingId is { } id ? article.BodyFacts.Headings.FirstOrDefault(heading => heading.Id == id) : null;
        var url = context.LinkIn(language, context.Urls.Article(english.Slug)) + (heading is null ? "" : "#" + heading.Id);
        return new QuestionView(text, url, article.Meta.Title, heading?.Text ?? "");
    }

    /// <summary>A topic as the home page in <paramref name="language"/> lists it: its title, description, page and articles in that language.</summary>
    private static TopicLinkView TopicLink(Topic topic, PageLanguage language, RenderContext context)
    {
        var text = topic.TextIn(language.Code, context.ReferenceLanguage.Code);
        return new TopicLinkView(text.Title, text.Description, context.PathIn(language, context.Urls.Topic(topic.Slug))!,
            language.Number(topic.Articles.Count(article => context.ArticleIn(article, language) is not null)))
        { Lang = text.Lang };
    }

    /// <summary>
    /// The first page's worth of the uses that the articles in <paramref name="language"/> grade, in the evidence
    /// page's order (<see cref="EvidencePipeline.GradedUses"/>), and how many there are: only the rows shown are made
    /// (a large site has thousands).
    /// </summary>
    private static (List<EvidenceRowView> Shown, int Count) Evidence(RenderContext context, PageLanguage language)
    {
        var graded = context.Lists.In(language).GradedUses;
        return (graded.Take(ListPages.PageSize)
            .Select(row => new EvidenceRowView(
                row.Use.Name,
                EvidenceLevelNames.NameOf(row.Use.Evidence),
                EvidenceBlocks.EvidenceLevelWording.Of(row.Use.Evidence, language).Label,
                (int)row.Use.Evidence,
                row.Use.Verdict,
                new ArticleLinkView(row.ArticleTitle, "", row.ArticleUrl)))
            .ToList(), graded.Count);
    }
}

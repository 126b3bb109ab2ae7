using KnowledgeBase.Content;
using KnowledgeBase.Link;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The list of topics at /topics/ and a page per topic (tag) at /topics/&lt;tag&gt;/ listing its articles, in every
/// language: in a translation language under its folder, titled as site.yml translates the topic and listing the
/// articles translated into it. A site whose articles have no tags has no topic pages.
/// </summary>
public sealed class TopicPipeline : IOutputPipeline
{
    public string? BodiesShown(RenderContext context) => "";

    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.Graph.Topics.Count == 0 ? [] : context.Languages.SelectMany(language => Render(context, language));

    private static IEnumerable<OutputFile> Render(RenderContext context, PageLanguage language)
    {
        var urls = context.Urls;
        var topics = context.Graph.Topics
            .Select(topic => (Topic: topic, Text: topic.TextIn(language.Code, context.ReferenceLanguage.Code), Articles: context.Lists.In(language).TopicArticles[topic.Slug]))
            .ToList();
        var topicsTitle = language.Text("topics_title");
        var topicsPath = context.PathIn(language, urls.Topics)!;
        var topicsCrumb = new LinkView(topicsTitle, topicsPath);
        var topicPages = context.RenderEach(
            topics.SelectMany(item => ListPages.Split(item.Articles, SiteUrls.InLanguage(language.Folder, SiteUrls.TopicPath(item.Topic.Slug)))
                .Select(page => (item.Topic, item.Text, Page: page))),
            item => item.Page.SitePath,
            _ => [],
            item => $"{item.Text.Title}\n{context.Lists.PageCountsOf(SiteUrls.TopicPath(item.Topic.Slug))}\n{RenderContext.ShownOf(item.Page.Items.Select(link => link.Article))}",
            item =>
            {
                var (topic, text, page) = item;
                var path = urls.Public(page.SitePath);
                var title = page.Title(text.Title, language);
                var description = text.Description.Length > 0 ? text.Description : language.Text("topic_description", ("topic", text.Title.ToLowerInvariant()));
                var navigation = page.Navigation(urls, language.Text("topic_pagination", ("topic", text.Title.ToLowerInvariant())), language);
                var view = new TopicPageView(title, text.Description, page.Items.Select(link => link.View).ToList()) { Pagination = navigation, Lang = text.Lang };
                return context.Page(page.OutputPath,
                    new PageMeta(title, description, path, "website", WebPageStructuredData.CollectionPage(title, description, urls.Absolute(path)))
                    {
                        Breadcrumbs = [context.HomeCrumbIn(language), topicsCrumb],
                        Pagination = navigation,
                        Language = language.Folder is null ? null : language,
                        ReferencePath = language.Folder is null ? null : urls.Public(SiteUrls.ListPagePath(SiteUrls.TopicPath(topic.Slug), page.Number)),
                        TitleLang = text.Lang,
                    },
                    "topic", view);
            });
        foreach (var page in topicPages)
        {
            yield return page;
        }

        var listDescription = language.Text("topics_description", ("site", context.Settings.Title));
        yield return context.PageOfView(SiteUrls.OutputPathOf(SiteUrls.InLanguage(language.Folder, SiteUrls.TopicsPath)),
            new PageMeta(topicsTitle, listDescription, topicsPath, "website", WebPageStructuredData.CollectionPage(topicsTitle, listDescription, urls.Absolute(topicsPath)))
            {
                Breadcrumbs = [context.HomeCrumbIn(language)],
                Language = language.Folder is null ? null : language,
                ReferencePath = language.Folder is null ? null : urls.Topics,
            },
            "topics", new TopicsPageView(topicsTitle, topics
                .Select(item => new TopicLinkView(item.Text.Title, item.Text.Description, context.PathIn(language, urls.Topic(item.Topic.Slug))!, language.Number(item.Articles.Count)) { Lang = item.Text.Lang })
                .ToList()));
    }

    /// <summary>A topic's articles that exist in <paramref name="language"/>, in the topic's order, each as that language shows it.</summary>
    public static List<(Article Article, ArticleLinkView View)> ArticlesIn(Topic topic, PageLanguage language, RenderContext context) =>
        topic.Articles
            .Select(article => (Article: context.ArticleIn(article, language), View: context.LinkTo(article, language)))
            .Where(item => item.Article is not null && item.View is not null)
            .Select(item => (item.Article!, item.View!))
            .ToList();
}

using KnowledgeBase.Content;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The list of topics at /topics/ and a page per topic (tag) at /topics/&lt;tag&gt;/ listing its articles. A site
/// whose articles have no tags has no topic pages.
/// </summary>
public sealed class TopicPipeline : IOutputPipeline
{
    public const string TopicsTitle = "Topics";

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var urls = context.Urls;
        var topics = context.Graph.Topics;
        if (topics.Count == 0)
        {
            yield break;
        }

        var topicsCrumb = new LinkView(TopicsTitle, urls.Topics);
        var topicPages = context.RenderEach(
            topics.SelectMany(topic => ListPages.Split(topic.Articles, SiteUrls.TopicPath(topic.Slug)).Select(page => (Topic: topic, Page: page))),
            item => item.Page.SitePath,
            _ => [],
            item => $"{item.Topic.Title}\n{item.Page.Count}\n{RenderContext.ShownOf(item.Page.Items)}",
            item =>
            {
                var (topic, page) = item;
                var path = urls.Public(page.SitePath);
                var title = page.Title(topic.Title);
                var description = topic.Description.Length > 0 ? topic.Description : $"Articles about {topic.Title.ToLowerInvariant()}.";
                var navigation = page.Navigation(urls, $"the articles about {topic.Title.ToLowerInvariant()}");
                var view = new TopicPageView(title, topic.Description, page.Items.Select(context.LinkTo).ToList()) { Pagination = navigation };
                return context.Page(page.OutputPath,
                    new PageMeta(title, description, path, "website", WebPageStructuredData.CollectionPage(title, description, urls.Absolute(path)))
                    {
                        Breadcrumbs = [context.HomeCrumb, topicsCrumb],
                        Pagination = navigation,
                    },
                    "topic", view);
            });
        foreach (var page in topicPages)
        {
            yield return page;
        }

        var listDescription = $"Every topic of {context.Settings.Title}, with its articles.";
        yield return context.PageOfView(SiteUrls.OutputPathOf(SiteUrls.TopicsPath),
            new PageMeta(TopicsTitle, listDescription, urls.Topics, "website", WebPageStructuredData.CollectionPage(TopicsTitle, listDescription, urls.Absolute(urls.Topics)))
            {
                Breadcrumbs = [context.HomeCrumb],
            },
            "topics", new TopicsPageView(TopicsTitle, topics.Select(topic => new TopicLinkView(topic.Title, topic.Description, urls.Topic(topic.Slug), topic.Articles.Count)).ToList()));
    }
}

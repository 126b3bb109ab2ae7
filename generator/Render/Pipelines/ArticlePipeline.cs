using KnowledgeBase.Content;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.EvidenceBlocks;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>Article pages at /articles/&lt;slug&gt;/.</summary>
public sealed class ArticlePipeline : IOutputPipeline
{
    private static readonly PageSectionView KeyPointsSection = new(SiteUrls.KeyPointsId, "Key points");
    private static readonly PageSectionView ContentsSection = new(SiteUrls.TableOfContentsId, "On this page");
    private static readonly PageSectionView ReferencesSection = new(SiteUrls.ReferencesId, "References");
    private static readonly PageSectionView RelatedSection = new(SiteUrls.RelatedArticlesId, "Related articles");
    private static readonly PageSectionView ChangesSection = new(SiteUrls.ChangesId, "What changed");

    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.RenderEach(context.Graph.PublishedArticles, article => article.SourcePath, context.SourcesOf, article => ShownOf(article, context), article =>
        {
            var meta = article.Meta;
            var citations = context.Graph.Citations.Of(article);
            var citationRenderer = context.CitationsOf(article);
            var references = ReferenceListBuilder.Build(citations, context.Graph.Content.References, context.Urls);
            var relations = context.Graph.RelationsOf(article);
            var topic = relations.MainTopic;
            var related = relations.Related.Select(context.LinkTo).ToList();
            var view = new ArticleView(
                meta.Title,
                meta.Summary,
                context.Markdown.Render(article.Body, citationRenderer, relations.Glossary),
                meta.Authors.Select(id => context.PersonLink(id.Value)).ToList(),
                meta.ReviewedBy.Select(id => context.PersonLink(id.Value)).ToList(),
                RenderContext.Date(meta.Published),
                RenderContext.Date(meta.Updated),
                RenderContext.Date(meta.LastReviewed),
                RenderContext.Date(meta.NextReview),
                RenderContext.Date(meta.SourcesSearched),
                ReviewOverdue: meta.NextReview < context.Today,
                ReadingTime.MinutesFor(article),
                KeyPointsSection,
                article.KeyPointDocuments.Select(point => context.Markdown.RenderInline(point, citationRenderer, relations.Glossary)).ToList(),
                ContentsSection,
                [
                    .. ArticleEvidenceBlocks.Sections(article, context).Select(TableOfContents.Section),
                    .. TableOfContents.Of(article.Body),
                    .. references.Count > 0 ? [TableOfContents.Section(ReferencesSection)] : Array.Empty<ContentsEntryView>(),
                    .. meta.Changes.Count > 0 ? [TableOfContents.Section(ChangesSection)] : Array.Empty<ContentsEntryView>(),
                    .. related.Count > 0 ? [TableOfContents.Section(RelatedSection)] : Array.Empty<ContentsEntryView>(),
                    TableOfContents.Section(ArticleCards.LinkPanelSection),
                ],
                relations.Topics.Select(tagTopic => new LinkView(tagTopic.Title, context.Urls.Topic(tagTopic.Slug))).ToList(),
                topic is not null && (relations.Previous ?? relations.Next) is not null
                    ? new TopicPagerView(topic.Title, context.Urls.Topic(topic.Slug), Link(relations.Previous, context), Link(relations.Next, context))
                    : null,
                RelatedSection,
                related,
                ArticleEvidenceBlocks.Html(article, context),
                ArticleCards.LinkPanelHtml(article, context),
                ReferencesSection,
                references,
                ChangesSection,
                meta.ChangesNewestFirst.Select(change => new ChangeView(RenderContext.Date(change.Date), change.Change)).ToList(),
                FeedbackLinks.Of(article, context));

            var cited = citations.Numbering.Keys.Select(key => ReferenceStructuredData.Citation(context.Graph.Content.References[key], context)).ToList();
            var jsonLd = ArticleStructuredData.MedicalWebPage(article, context, cited);
            var pageMeta = new PageMeta(meta.Title, meta.Summary, context.Urls.Article(article.Slug), "article", jsonLd)
            {
                Image = context.SocialImages.ForArticle(article.Slug),
                Breadcrumbs = topic is null
                    ? [context.HomeCrumb]
                    : [context.HomeCrumb, new LinkView(topic.Title, context.Urls.Topic(topic.Slug))],
            };
            return context.Page(SiteUrls.ArticleOutputPath(article.Slug), pageMeta, "article", view);
        });

    /// <summary>
    /// What an article's page shows of other content: its topics, and the articles its previous/next and related
    /// links name, each in its place, so serve renders the page again when one of them is renamed or the links change.
    /// </summary>
    private static string ShownOf(Article article, RenderContext context)
    {
        var relations = context.Graph.RelationsOf(article);
        var topics = string.Join('\n', relations.Topics.Select(topic => $"{topic.Slug}\t{topic.Title}"));
        return topics + "\n\n" + RenderContext.ShownOf([relations.Previous, relations.Next, .. relations.Related]);
    }

    private static ArticleLinkView? Link(Article? article, RenderContext context) => article is null ? null : context.LinkTo(article);
}

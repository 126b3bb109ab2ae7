using KnowledgeBase.Content;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.EvidenceBlocks;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>Article pages at /articles/&lt;slug&gt;/.</summary>
public sealed class ArticlePipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.RenderEach(context.Graph.PublishedArticles, article =>
        {
            var meta = article.Meta;
            var citations = context.Graph.Citations.Of(article);
            var view = new ArticleView(
                meta.Title,
                meta.Summary,
                context.Markdown.Render(article.Body, context.CitationsOf(article)),
                string.Join(", ", meta.Authors),
                string.Join(", ", meta.ReviewedBy),
                RenderContext.Date(meta.LastReviewed),
                RenderContext.Date(meta.NextReview),
                ReviewOverdue: meta.NextReview < context.Today,
                meta.Tags,
                ArticleEvidenceBlocks.Html(article, context),
                ArticleCards.LinkPanelHtml(article, context),
                ReferenceListBuilder.Build(citations, context.Graph.Content.References, context.Urls));

            var cited = citations.Numbering.Keys.Select(key => ReferenceStructuredData.Work(context.Graph.Content.References[key], context)).ToList();
            var jsonLd = ArticleStructuredData.MedicalWebPage(article, context, cited);
            var pageMeta = new PageMeta(meta.Title, meta.Summary, context.Urls.Article(article.Slug), "article", jsonLd)
            {
                Image = context.SocialImages.ForArticle(article.Slug),
            };
            return context.Page(SiteUrls.ArticleOutputPath(article.Slug), pageMeta, "article", view);
        });
}

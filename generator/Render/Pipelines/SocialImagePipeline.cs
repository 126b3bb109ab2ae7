namespace KnowledgeBase.Render.Pipelines;

/// <summary>The social preview images (Open Graph, Twitter cards) painted for this build, under assets/social/.</summary>
public sealed class SocialImagePipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.RenderEach([context.SocialImages.Site], _ => "site", _ => [], _ => "", context.SocialImages.FileOf)
            .Concat(context.RenderEach(context.Graph.PublishedArticles, article => context.SocialImages.FileOf(context.SocialImages.ForArticle(article.Slug))))
            .Concat(context.RenderEach(context.Graph.PublishedTranslations, translation => translation.SourcePath, translation => [translation.SourcePath], _ => "",
                translation => context.SocialImages.FileOf(context.SocialImages.ForTranslation(translation))));
}

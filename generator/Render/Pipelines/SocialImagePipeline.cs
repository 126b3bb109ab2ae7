using KnowledgeBase.Render.Images;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>The social preview images (Open Graph, Twitter cards) painted for this build, under assets/social/.</summary>
public sealed class SocialImagePipeline : IOutputPipeline
{
    // An image per article: each is kept or rendered on its own (see IOutputPipeline.BodiesShown).
    public string? BodiesShown(RenderContext context) => null;

    public IEnumerable<OutputFile> Render(RenderContext context) =>
        Kept(context, [context.SocialImages.Site])
            .Concat(Kept(context, context.Graph.PublishedArticles.Select(article => context.SocialImages.ForArticle(article.Slug))))
            .Concat(Kept(context, context.Graph.PublishedTranslations.Select(context.SocialImages.ForTranslation)));

    /// <summary>
    /// Each image keyed by its name, which carries the fingerprint of its bytes: it is kept while its name is what it
    /// was, whatever else of its article changed.
    /// </summary>
    private static IEnumerable<OutputFile> Kept(RenderContext context, IEnumerable<SocialImage> images) =>
        context.RenderEach(images, image => image.RelativePath, _ => [], _ => "", context.SocialImages.FileOf);
}

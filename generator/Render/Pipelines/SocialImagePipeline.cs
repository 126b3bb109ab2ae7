namespace KnowledgeBase.Render.Pipelines;

/// <summary>The social preview images (Open Graph, Twitter cards) painted for this build, under assets/social/.</summary>
public sealed class SocialImagePipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context) => context.SocialImages.Files;
}

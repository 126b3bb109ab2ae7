using KnowledgeBase.Content;
using KnowledgeBase.Link;
using KnowledgeBase.Markdown;
using KnowledgeBase.Render.Images;
using KnowledgeBase.Render.Pipelines;

namespace KnowledgeBase.Render;

/// <summary>
/// The render stage: runs each output pipeline over the linked site. Decisions (order, dates, overdue
/// status) are made in the pipelines, in C#; templates only lay out the view models they are given.
/// </summary>
public sealed class SiteRenderer(TemplateSet templates, SocialImageCache socialImageCache, TimeProvider clock)
{
    private static readonly IReadOnlyList<IOutputPipeline> Pipelines =
    [
        new HomePipeline(),
        new ArticlePipeline(),
        new ReferencePipeline(),
        new BibliographyPipeline(),
        new ContentPagePipeline(),
        new EvidencePipeline(),
        new SearchPagePipeline(),
        new EmbedPipeline(),
        new RedirectPipeline(),
        new SocialImagePipeline(),
        new SitemapPipeline(),
        new FeedPipeline(),
        new RobotsPipeline(),
        new NotFoundPipeline(),
        new ArticlesApiPipeline(),
    ];

    public IReadOnlyList<OutputFile> Render(SiteGraph graph)
    {
        var assets = graph.Content.Assets
            .Select(asset => (SourceName: asset.RelativePath, Output: Fingerprinted($"assets/{asset.RelativePath}", asset.Bytes)))
            .ToList();
        var vocabulary = Fingerprinted("assets/search-vocabulary.json", SearchVocabulary.Build(graph));
        var context = new RenderContext(
            graph,
            templates,
            new MarkdownHtml(MarkdownPipelineFactory.Create(), graph.Urls),
            assets.ToDictionary(asset => asset.SourceName, asset => graph.Urls.Asset(asset.Output.RelativePath), StringComparer.Ordinal),
            SocialImageSet.Paint(graph, socialImageCache),
            graph.Urls.Asset(vocabulary.RelativePath),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var files = assets.Select(asset => asset.Output)
            .Append(vocabulary)
            .Concat(Pipelines.SelectMany(pipeline => pipeline.Render(context)))
            .ToList();
        files.Add(HostHeadersFile.Create(files, graph.Urls.BasePath));
        return files.OrderBy(file => file.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>Names a file after a hash of its bytes, so browsers and CDNs never keep a stale copy.</summary>
    private static OutputFile Fingerprinted(string relativePath, byte[] bytes)
    {
        var hash = ContentFingerprint.Of(bytes);
        var extension = Path.GetExtension(relativePath);
        return new OutputFile($"{relativePath[..^extension.Length]}.{hash}{extension}", bytes);
    }
}

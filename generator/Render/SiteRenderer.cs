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
public sealed class SiteRenderer(TemplateSet templates, TimeProvider clock)
{
    private static readonly IReadOnlyList<IOutputPipeline> Pipelines =
    [
        new HomePipeline(),
        new ArticlePipeline(),
        new ContentPagePipeline(),
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
        var assets = FingerprintAssets(graph.Content.Assets);
        var context = new RenderContext(
            graph,
            templates,
            new MarkdownHtml(MarkdownPipelineFactory.Create(), graph.Urls),
            assets.ToDictionary(asset => asset.SourceName, asset => graph.Urls.Asset(asset.Output.RelativePath), StringComparer.Ordinal),
            SocialImageSet.Paint(graph),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var files = assets.Select(asset => asset.Output)
            .Concat(Pipelines.SelectMany(pipeline => pipeline.Render(context)))
            .ToList();
        files.Add(HostHeadersFile.Create(files, graph.Urls.BasePath));
        return files.OrderBy(file => file.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>Names each asset after a hash of its bytes, so browsers and CDNs never keep a stale copy.</summary>
    private static List<(string SourceName, OutputFile Output)> FingerprintAssets(IReadOnlyList<AssetFile> assets) =>
        assets.Select(asset =>
        {
            var hash = ContentFingerprint.Of(asset.Bytes);
            var extension = Path.GetExtension(asset.RelativePath);
            var stem = asset.RelativePath[..^extension.Length];
            return (asset.RelativePath, new OutputFile($"assets/{stem}.{hash}{extension}", asset.Bytes));
        }).ToList();
}

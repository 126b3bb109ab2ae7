using System.Security.Cryptography;
using KnowledgeBase.Content;
using KnowledgeBase.Link;
using KnowledgeBase.Markdown;
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
        new SearchPagePipeline(),
    ];

    public IReadOnlyList<OutputFile> Render(SiteGraph graph)
    {
        var assets = graph.Content.Assets
            .Select(asset => (SourceName: asset.RelativePath, Output: Fingerprinted($"assets/{asset.RelativePath}", asset.Bytes)))
            .ToList();
        var vocabulary = Fingerprinted("search/vocabulary.json", SearchVocabulary.Build(graph));
        var context = new RenderContext(
            graph,
            templates,
            new MarkdownHtml(MarkdownPipelineFactory.Create(), graph.Urls),
            assets.ToDictionary(asset => asset.SourceName, asset => graph.Urls.Asset(asset.Output.RelativePath), StringComparer.Ordinal),
            graph.Urls.Asset(vocabulary.RelativePath),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return assets.Select(asset => asset.Output)
            .Append(vocabulary)
            .Concat(Pipelines.SelectMany(pipeline => pipeline.Render(context)))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Names a file after a hash of its bytes, so browsers and CDNs never keep a stale copy.</summary>
    private static OutputFile Fingerprinted(string relativePath, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var extension = Path.GetExtension(relativePath);
        return new OutputFile($"{relativePath[..^extension.Length]}.{hash}{extension}", bytes);
    }
}

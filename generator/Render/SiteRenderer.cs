using KnowledgeBase.Content;
using KnowledgeBase.Link;
using KnowledgeBase.Markdown;
using KnowledgeBase.Render.Images;
using KnowledgeBase.Render.Pipelines;
using KnowledgeBase.Search;

namespace KnowledgeBase.Render;

/// <summary>
/// The render stage: runs each output pipeline over the linked site. Decisions (order, dates, overdue
/// status) are made in the pipelines, in C#; templates only lay out the view models they are given. Without
/// <paramref name="searchWords"/>, the search vocabulary reads every page's words.
/// </summary>
public sealed class SiteRenderer(TemplateSet templates, SocialImageCache socialImageCache, TimeProvider clock, SearchWordCache? searchWords = null)
{
    private static readonly IReadOnlyList<IOutputPipeline> Pipelines =
    [
        new HomePipeline(),
        new ArticlePipeline(),
        new ReferencePipeline(),
        new BibliographyPipeline(),
        new ContentPagePipeline(),
        new TopicPipeline(),
        new GlossaryPipeline(),
        new PeoplePipeline(),
        new TranslationsPipeline(),
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

    /// <summary>
    /// Renders the site and hands each file to <paramref name="sink"/> as it is made. With the memo of a previous
    /// build, pages whose sources did not change are not rendered again and not handed over.
    /// </summary>
    public RenderedSite Render(SiteGraph graph, IOutputSink sink, RenderMemo? previous = null)
    {
        var assets = Assets(graph);
        var context = CreateContext(graph, assets, previous);
        var paths = new List<string>();
        var rendered = new List<string>();
        var files = assets.Select(asset => asset.Output)
            .Concat(SearchVocabulary.Files(graph, searchWords ?? SearchWordCache.None, context.Reuse))
            .Concat(Pipelines.SelectMany(pipeline => pipeline.BodiesShown(context) is { } bodiesShown
                ? context.Reuse.KeepOrRenderPipeline(pipeline.GetType().Name, bodiesShown, () => pipeline.Render(context))
                : pipeline.Render(context)));
        foreach (var file in files)
        {
            paths.Add(file.RelativePath);
            if (!file.Kept)
            {
                rendered.Add(file.RelativePath);
                sink.Add(file);
            }
        }

        context.Reuse.RecordPagesKeptWithTheirPipelines();
        var headers = HostHeadersFile.Create(paths, graph.Urls.BasePath);
        paths.Add(headers.RelativePath);
        rendered.Add(headers.RelativePath);
        sink.Add(headers);
        return new RenderedSite(paths.Order(StringComparer.Ordinal).ToList(), rendered.Order(StringComparer.Ordinal).ToList(), context.Reuse.Next, context.Reuse.Stamps);
    }

    /// <summary>What every pipeline of this render shares; public for the hot-path benchmarks of single pages.</summary>
    public RenderContext CreateContext(SiteGraph graph, RenderMemo? previous = null) => CreateContext(graph, Assets(graph), previous);

    private static List<(string SourceName, OutputFile Output)> Assets(SiteGraph graph) =>
        graph.Content.Assets.Select(asset => (asset.RelativePath, Fingerprinted($"assets/{asset.RelativePath}", Published(asset)))).ToList();

    /// <summary>An asset's bytes as readers get them: a stylesheet or a script without its comments, anything else as it is.</summary>
    private static byte[] Published(AssetFile asset) => Path.GetExtension(asset.RelativePath).ToLowerInvariant() switch
    {
        ".css" => StylesheetComments.Strip(asset.Bytes),
        ".js" => ScriptComments.Strip(asset.Bytes),
        _ => asset.Bytes,
    };

    private RenderContext CreateContext(SiteGraph graph, List<(string SourceName, OutputFile Output)> assets, RenderMemo? previous)
    {
        var today = ContentInputs.Today(clock);
        return new RenderContext(
            graph,
            templates,
            new MarkdownHtml(MarkdownPipelineFactory.Create(), graph.Urls, graph.Content.Settings.Language),
            assets.ToDictionary(asset => asset.SourceName, asset => graph.Urls.Asset(asset.Output.RelativePath), StringComparer.Ordinal),
            SocialImageSet.Paint(graph, socialImageCache),
            today,
            new PageReuse(previous, ContentInputs.Of(graph, today), graph.Content.SourceFingerprints));
    }

    /// <summary>Names a file after a hash of its bytes, so browsers and CDNs never keep a stale copy.</summary>
    private static OutputFile Fingerprinted(string relativePath, byte[] bytes)
    {
        var hash = ContentFingerprint.Of(bytes);
        var extension = Path.GetExtension(relativePath);
        return new OutputFile($"{relativePath[..^extension.Length]}.{hash}{extension}", bytes);
    }
}

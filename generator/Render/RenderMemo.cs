using System.Collections.Concurrent;

namespace KnowledgeBase.Render;

/// <summary>
/// What each page of a build was rendered from (a stamp: a hash of its sources, and the articles it was made from),
/// kept by a process that builds again (serve) or in the build cache (build), so that the next build renders only the
/// pages whose stamp changed and keeps the others' files, and stamps only the pages made from a file that changed.
/// </summary>
public sealed class RenderMemo
{
    private readonly ConcurrentDictionary<PageKey, (string Stamp, string OutputPath, IReadOnlyList<string> Inputs)> _pages = new();

    /// <summary>What the build's pages were made from beyond their own files; null when not known, and every page is stamped.</summary>
    public ContentInputs? Inputs { get; init; }

    /// <summary>Every page recorded, for the build cache to store.</summary>
    public IEnumerable<RenderedPage> Pages => _pages.Select(page => new RenderedPage(page.Key, page.Value.Stamp, page.Value.OutputPath, page.Value.Inputs));

    /// <summary>The output path the page had last time if it was rendered from the same stamp, or null.</summary>
    public string? Unchanged(PageKey page, string stamp) =>
        _pages.TryGetValue(page, out var previous) && previous.Stamp == stamp ? previous.OutputPath : null;

    /// <summary>The stamp, output path and inputs recorded for the page, or null when it has none.</summary>
    public RenderedPage? Recorded(PageKey page) =>
        _pages.TryGetValue(page, out var previous) ? new RenderedPage(page, previous.Stamp, previous.OutputPath, previous.Inputs) : null;

    /// <param name="inputs">The articles the page was made from (<see cref="ContentInputs.ArticleListings"/>).</param>
    public void Record(PageKey page, string stamp, string outputPath, IReadOnlyList<string> inputs) => _pages[page] = (stamp, outputPath, inputs);
}

/// <summary>One page of a per-item pipeline: the place in the code that renders it and the item it renders.</summary>
public readonly record struct PageKey(string Renderer, string Item);

/// <summary>A page of a memo: what it was rendered from and where its file is.</summary>
public readonly record struct RenderedPage(PageKey Page, string Stamp, string OutputPath, IReadOnlyList<string> Inputs);

using System.Collections.Concurrent;

namespace KnowledgeBase.Render;

/// <summary>
/// What each page of a build was rendered from (a stamp: a hash of its sources), kept by a process that builds
/// again (serve) or in the build cache (build), so that the next build renders only the pages whose stamp changed
/// and keeps the others' files.
/// </summary>
public sealed class RenderMemo
{
    private readonly ConcurrentDictionary<PageKey, (string Stamp, string OutputPath)> _pages = new();

    /// <summary>Every page recorded, for the build cache to store.</summary>
    public IEnumerable<RenderedPage> Pages => _pages.Select(page => new RenderedPage(page.Key, page.Value.Stamp, page.Value.OutputPath));

    /// <summary>The output path the page had last time if it was rendered from the same stamp, or null.</summary>
    public string? Unchanged(PageKey page, string stamp) =>
        _pages.TryGetValue(page, out var previous) && previous.Stamp == stamp ? previous.OutputPath : null;

    /// <summary>The stamp and output path recorded for the page, or null when it has none.</summary>
    public RenderedPage? Recorded(PageKey page) =>
        _pages.TryGetValue(page, out var previous) ? new RenderedPage(page, previous.Stamp, previous.OutputPath) : null;

    public void Record(PageKey page, string stamp, string outputPath) => _pages[page] = (stamp, outputPath);

    /// <summary>Every page recorded for one renderer, in no set order.</summary>
    public IEnumerable<RenderedPage> PagesOf(string renderer) => Pages.Where(page => page.Page.Renderer == renderer);
}

/// <summary>One page of a per-item pipeline: the place in the code that renders it and the item it renders.</summary>
public readonly record struct PageKey(string Renderer, string Item);

/// <summary>A page of a memo: what it was rendered from and where its file is.</summary>
public readonly record struct RenderedPage(PageKey Page, string Stamp, string OutputPath);

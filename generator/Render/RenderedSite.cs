namespace KnowledgeBase.Render;

/// <summary>
/// What the render stage produced: the path of every file of the site, in order; which of them were rendered this
/// time (the others were kept from the previous build); and the memo the next build can reuse pages from.
/// </summary>
public sealed record RenderedSite(IReadOnlyList<string> Paths, IReadOnlyList<string> Rendered, RenderMemo Memo);

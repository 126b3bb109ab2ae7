namespace KnowledgeBase.Render;

/// <summary>
/// What the render stage produced: the path of every file of the site, in order; which of them were rendered this
/// time (the others were kept from the previous build); the memo the next build can reuse pages from; and how many
/// stamps were worked out to tell which pages to render (<see cref="PageReuse.Stamps"/>).
/// </summary>
public sealed record RenderedSite(IReadOnlyList<string> Paths, IReadOnlyList<string> Rendered, RenderMemo Memo, int Stamps);

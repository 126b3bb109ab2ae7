using KnowledgeBase.Render;

namespace KnowledgeBase.Building;

/// <summary>A site rendered in memory for the preview: the outcome, and the files to serve (null after any error).</summary>
public sealed record RenderedSite(BuildResult Result, IReadOnlyList<OutputFile>? Files);

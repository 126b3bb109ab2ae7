using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Citations;

namespace KnowledgeBase.Blocks;

/// <summary>A source by its short name ("Park 2008"), linking to its citation page.</summary>
public sealed record SourceLinkView(string Label, string Url)
{
    /// <summary>The source a price or a study card names.</summary>
    public static SourceLinkView Of(Located<string> key, RenderContext context) =>
        new(ReferenceStyle.ShortLabel(context.Graph.Content.References[key.Value]), context.Urls.Reference(key.Value));
}

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Citations;

namespace KnowledgeBase.Blocks;

/// <summary>A source by its short name ("Park 2008"), linking to its citation page.</summary>
/// <param name="HrefLang">The language of the citation page when it is not the linking page's; null otherwise.</param>
public sealed record SourceLinkView(string Label, string Url, string? HrefLang)
{
    /// <summary>The source a price or a study card names, linked from a page in <paramref name="language"/>.</summary>
    public static SourceLinkView Of(Located<string> key, RenderContext context, PageLanguage language)
    {
        var link = context.LinkFrom(language, ReferenceStyle.ShortLabel(context.Graph.Content.References[key.Value]), context.Urls.Reference(key.Value));
        return new SourceLinkView(link.Title, link.Url, link.HrefLang);
    }
}

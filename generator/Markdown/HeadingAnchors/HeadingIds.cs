using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KnowledgeBase.Markdown.HeadingAnchors;

/// <summary>
/// Heading ids that depend only on the heading itself, so a link to a section keeps working when other
/// headings are added, removed or renamed. Unlike Markdig's auto identifiers, a repeated id is not given a
/// "-1" suffix (that suffix would move when an earlier heading changes); validation reports it instead.
/// </summary>
public static class HeadingIds
{
    private const string FallbackId = "section";

    private static readonly object TextKey = typeof(HeadingIds);

    /// <summary>Sets the id of every heading that has no explicit <c>{#id}</c>, and remembers its plain text.</summary>
    public static void Assign(MarkdownDocument document)
    {
        foreach (var heading in MarkdownWalk.All<HeadingBlock>(document))
        {
            var text = InlineText.Of(heading.Inline);
            heading.SetData(TextKey, text);
            var attributes = heading.GetAttributes();
            if (string.IsNullOrEmpty(attributes.Id))
            {
                var id = LinkHelper.UrilizeAsGfm(text);
                attributes.Id = id.Length > 0 ? id : FallbackId;
            }
        }
    }

    /// <summary>The heading's id, as assigned when the document was parsed.</summary>
    public static string IdOf(HeadingBlock heading) => heading.GetAttributes().Id ?? FallbackId;

    /// <summary>The heading's text without markup, for accessible names.</summary>
    public static string TextOf(HeadingBlock heading) => heading.GetData(TextKey) as string ?? InlineText.Of(heading.Inline);
}

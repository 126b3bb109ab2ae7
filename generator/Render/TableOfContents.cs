using KnowledgeBase.Markdown.HeadingAnchors;
using KnowledgeBase.Render.Views;
using Markdig.Syntax;

namespace KnowledgeBase.Render;

/// <summary>
/// "On this page": the h2 headings of a body with the h3s under each. An h3 before the first h2 stands on its
/// own. Links are fragments, which land on the heading ids that sections are linked to from other sites.
/// </summary>
public static class TableOfContents
{
    /// <summary>Whether a heading of this level opens a section: the h2s and h3s, which "On this page" lists and search results link to.</summary>
    public static bool IsSection(int level) => level is 2 or 3;

    public static IReadOnlyList<ContentsEntryView> Of(MarkdownDocument body)
    {
        var entries = new List<(ContentsEntryView Entry, List<ContentsEntryView> Children)>();
        foreach (var heading in body.Descendants<HeadingBlock>().Where(heading => IsSection(heading.Level)))
        {
            var children = new List<ContentsEntryView>();
            var entry = new ContentsEntryView(HeadingIds.TextOf(heading), "#" + HeadingIds.IdOf(heading), children);
            if (heading.Level == 3 && entries.Count > 0)
            {
                entries[^1].Children.Add(entry);
            }
            else
            {
                entries.Add((entry, children));
            }
        }

        return entries.Select(pair => pair.Entry).ToList();
    }

    /// <summary>A section the page adds after the body, such as "Related articles", as a line of its own.</summary>
    public static ContentsEntryView Section(PageSectionView section) => new(section.Title, "#" + section.Id, []);
}

using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown;

/// <summary>
/// The elements of one kind in a parsed document, in the order Markdig's <c>Descendants&lt;T&gt;()</c> gives them
/// (depth first, in reading order). The load, validate and link stages walk every article several times on every
/// build; a walk with plain loops into one list costs a fraction of Markdig's, which keeps two stacks and an
/// enumerator per walk and checks every element through them (docs/performance.md).
/// </summary>
public static class MarkdownWalk
{
    public static List<T> All<T>(MarkdownObject root) where T : MarkdownObject
    {
        var found = new List<T>();
        Collect(root, found);
        return found;
    }

    private static void Collect<T>(MarkdownObject node, List<T> found) where T : MarkdownObject
    {
        switch (node)
        {
            case ContainerBlock block:
                for (var index = 0; index < block.Count; index++)
                {
                    Visit(block[index], found);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                Collect(inline, found);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Visit(child, found);
                }

                break;
        }
    }

    private static void Visit<T>(MarkdownObject node, List<T> found) where T : MarkdownObject
    {
        if (node is T match)
        {
            found.Add(match);
        }

        Collect(node, found);
    }
}

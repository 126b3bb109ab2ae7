using System.Text;
using KnowledgeBase.Markdown.Citations;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown;

/// <summary>The text of Markdown inlines without markup, as a reader hears it: for heading names and citing sentences.</summary>
public static class InlineText
{
    /// <summary>The plain text of <paramref name="container"/>, trimmed.</summary>
    public static string Of(ContainerInline? container) => With(container, onCitation: null).Trim();

    /// <summary>
    /// The plain text of <paramref name="container"/>, leaving citations out; <paramref name="onCitation"/> is told
    /// each citation and the offset in the text where it stood (just after the word it follows).
    /// </summary>
    public static string With(ContainerInline? container, Action<CitationGroup, int>? onCitation)
    {
        var text = new StringBuilder();
        Append(container, text, onCitation);
        return text.ToString();
    }

    private static void Append(Inline? inline, StringBuilder text, Action<CitationGroup, int>? onCitation)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case CitationGroup group:
                while (text.Length > 0 && text[^1] == ' ')
                {
                    text.Length--;
                }

                onCitation?.Invoke(group, text.Length);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, text, onCitation);
                }

                break;
        }
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Validate.Readability;

/// <summary>
/// Reads the sentences of a Markdown body the way a reader meets them: paragraphs and list items, with link
/// text but without headings, tables, code, images or citation markers. A paragraph always ends a sentence,
/// so a list item without a full stop is a sentence of its own.
/// </summary>
public static partial class ProseReader
{
    /// <summary>Words that end in a full stop without ending the sentence.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "u.s", "u.k", "etc", "vs", "cf", "al", "approx", "fig", "no", "dr", "mr", "mrs", "ms", "prof", "st",
    };

    public static IReadOnlyList<Sentence> Sentences(MarkdownDocument body, int bodyFirstLine)
    {
        var sentences = new List<Sentence>();
        foreach (var paragraph in body.Descendants<ParagraphBlock>().Where(paragraph => !IsInTable(paragraph)))
        {
            var text = new StringBuilder();
            var lines = new List<int>();
            Append(paragraph.Inline, bodyFirstLine, text, lines);
            var prose = Citation().Replace(text.ToString(), match => new string(' ', match.Length));
            sentences.AddRange(Split(prose, lines));
        }

        return sentences;
    }

    private static bool IsInTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends the readable text of <paramref name="inline"/>, recording the source line of every character.</summary>
    private static void Append(Inline? inline, int bodyFirstLine, StringBuilder text, List<int> lines)
    {
        switch (inline)
        {
            case LiteralInline literal:
                var content = literal.Content.ToString();
                text.Append(content);
                lines.AddRange(Enumerable.Repeat(literal.Line + bodyFirstLine, content.Length));
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, bodyFirstLine, text, lines);
                }

                break;
            case null:
                break;
            default:
                // Line breaks, code and anything else separate words without adding any.
                text.Append(' ');
                lines.Add(inline.Line + bodyFirstLine);
                break;
        }
    }

    private static IEnumerable<Sentence> Split(string prose, IReadOnlyList<int> lines)
    {
        var start = 0;
        foreach (Match boundary in SentenceEnd().Matches(prose))
        {
            var end = boundary.Index + boundary.Length;
            if (!EndsWithAbbreviation(prose[start..boundary.Index]))
            {
                if (Measure(prose, start, end, lines) is { } sentence)
                {
                    yield return sentence;
                }

                start = end;
            }
        }

        if (Measure(prose, start, prose.Length, lines) is { } last)
        {
            yield return last;
        }
    }

    private static bool EndsWithAbbreviation(string sentence)
    {
        var lastWord = Word().Matches(sentence).LastOrDefault()?.Value ?? "";
        return lastWord.Length == 1 && char.IsUpper(lastWord[0]) || Abbreviations.Contains(lastWord);
    }

    private static Sentence? Measure(string prose, int start, int end, IReadOnlyList<int> lines)
    {
        var words = Word().Matches(prose[start..end]);
        return words.Count == 0
            ? null
            : new Sentence(lines[start + words[0].Index], words.Count, words.Sum(word => SyllableCounter.Count(word.Value)));
    }

    /// <summary>A word: letters or digits, possibly joined by an apostrophe, hyphen or point ("don't", "fat-dissolving", "2.5", "U.S").</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    /// <summary>The end of a sentence: '.', '!' or '?', closing quotes or brackets, then space before the next sentence's capital or digit.</summary>
    [GeneratedRegex(@"[.!?]+[""'”’)\]]*\s+(?=[""'“‘(\[]?[\p{Lu}\p{N}])")]
    private static partial Regex SentenceEnd();

    /// <summary>A citation marker such as [@park2008] or [@park2008, p. 181; @salti2008]: the reader sees a number, not words.</summary>
    [GeneratedRegex(@"\[@[^\]]*\]")]
    private static partial Regex Citation();
}

using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Markdown;
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
        "ee", "ej", "dra", "sr", "sra", "aprox",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationOfSpan = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Counts a word's syllables in the text's language.</summary>
    public delegate int SyllableCount(ReadOnlySpan<char> word);

    /// <param name="syllables">How to count a word's syllables; English (<see cref="SyllableCounter"/>) when null.</param>
    public static IReadOnlyList<Sentence> Sentences(MarkdownDocument body, int bodyFirstLine, SyllableCount? syllables = null)
    {
        var count = syllables ?? SyllableCounter.Count;
        var sentences = new List<Sentence>();
        var text = new StringBuilder();
        var lines = new List<LineStart>();
        foreach (var paragraph in MarkdownWalk.All<ParagraphBlock>(body).Where(paragraph => !IsInTable(paragraph)))
        {
            text.Clear();
            lines.Clear();
            Append(paragraph.Inline, bodyFirstLine, text, lines);
            var prose = Citation().Replace(text.ToString(), match => new string(' ', match.Length));
            Split(prose, lines, sentences, count);
        }

        return sentences;
    }

    /// <summary>Where the text of one source line starts in a paragraph's prose.</summary>
    private readonly record struct LineStart(int Offset, int Line);

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

    /// <summary>Appends the readable text of <paramref name="inline"/>, recording where each source line's text starts.</summary>
    private static void Append(Inline? inline, int bodyFirstLine, StringBuilder text, List<LineStart> lines)
    {
        switch (inline)
        {
            case LiteralInline literal:
                StartLine(text, lines, literal.Line + bodyFirstLine);
                text.Append(literal.Content.AsSpan());
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
                StartLine(text, lines, inline.Line + bodyFirstLine);
                text.Append(' ');
                break;
        }
    }

    private static void StartLine(StringBuilder text, List<LineStart> lines, int line)
    {
        if (lines.Count == 0 || lines[^1].Line != line)
        {
            lines.Add(new LineStart(text.Length, line));
        }
    }

    /// <summary>The source line of the character at <paramref name="offset"/>: that of the last line starting at or before it.</summary>
    private static int LineAt(List<LineStart> lines, int offset)
    {
        var line = lines[0].Line;
        foreach (var start in lines)
        {
            if (start.Offset > offset)
            {
                break;
            }

            line = start.Line;
        }

        return line;
    }

    private static void Split(string prose, List<LineStart> lines, List<Sentence> sentences, SyllableCount count)
    {
        var start = 0;
        foreach (var boundary in SentenceEnd().EnumerateMatches(prose))
        {
            var end = boundary.Index + boundary.Length;
            if (!EndsWithAbbreviation(prose.AsSpan(start, boundary.Index - start)))
            {
                Measure(prose, start, end, lines, sentences, count);
                start = end;
            }
        }

        Measure(prose, start, prose.Length, lines, sentences, count);
    }

    private static bool EndsWithAbbreviation(ReadOnlySpan<char> sentence)
    {
        var lastWord = ReadOnlySpan<char>.Empty;
        for (var position = 0; NextWord(sentence, ref position, out var word);)
        {
            lastWord = sentence[word];
        }

        return lastWord.Length == 1 && char.IsUpper(lastWord[0]) || AbbreviationOfSpan.Contains(lastWord);
    }

    /// <summary>Adds the sentence between <paramref name="start"/> and <paramref name="end"/>, if it has any words.</summary>
    private static void Measure(string prose, int start, int end, List<LineStart> lines, List<Sentence> sentences, SyllableCount count)
    {
        var text = prose.AsSpan(start, end - start);
        var words = 0;
        var syllables = 0;
        var firstWord = -1;
        for (var position = 0; NextWord(text, ref position, out var word);)
        {
            firstWord = firstWord < 0 ? word.Start.Value : firstWord;
            words++;
            syllables += count(text[word]);
        }

        if (words > 0)
        {
            sentences.Add(new Sentence(LineAt(lines, start + firstWord), words, syllables));
        }
    }

    /// <summary>
    /// Finds the next word at or after <paramref name="position"/> and moves past it. A word is letters or digits,
    /// possibly joined by an apostrophe, hyphen or point ("don't", "fat-dissolving", "2.5", "U.S"): the regular
    /// expression <c>[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*</c>, read by hand because every word of every article
    /// is read twice, on every core at once, and a shared regular expression allocates a new runner for each thread
    /// that finds it in use.
    /// </summary>
    private static bool NextWord(ReadOnlySpan<char> text, ref int position, out Range word)
    {
        var start = position;
        while (start < text.Length && !IsLetterOrNumber(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && IsLetterOrNumber(text[end]))
        {
            end++;
            if (end + 1 < text.Length && text[end] is '\'' or '’' or '.' or '-' && IsLetterOrNumber(text[end + 1]))
            {
                end++;
            }
        }

        position = end;
        word = start..end;
        return end > start;
    }

    /// <summary>\p{L} or \p{N}: char.IsLetterOrDigit would leave out numbers that are not decimal digits, such as "½".</summary>
    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>The end of a sentence: '.', '!' or '?', closing quotes or brackets, then space before the next sentence's capital or digit.</summary>
    [GeneratedRegex(@"[.!?]+[""'”’)\]]*\s+(?=[""'“‘(\[]?[\p{Lu}\p{N}])")]
    private static partial Regex SentenceEnd();

    /// <summary>A citation marker such as [@park2008] or [@park2008, p. 181; @salti2008]: the reader sees a number, not words.</summary>
    [GeneratedRegex(@"\[@[^\]]*\]")]
    private static partial Regex Citation();
}

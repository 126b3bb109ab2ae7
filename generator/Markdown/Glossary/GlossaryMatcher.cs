using KnowledgeBase.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>
/// Finds glossary terms, and their synonyms, in an article's running text: whole words, any case, except that a
/// name written in capitals ("FDA", "GRADE") matches only in capitals, so that "grade 8" is not the GRADE method.
/// Where names overlap, the longest wins ("androgenetic alopecia" before "alopecia"). Headings and link text are
/// not running text.
/// </summary>
public sealed class GlossaryMatcher
{
    private readonly Dictionary<string, List<(string Name, GlossaryTerm Term)>> _namesByFirstWord = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The same names looked up by a span of the text, so that reading a word of the text copies nothing.</summary>
    private readonly Dictionary<string, List<(string Name, GlossaryTerm Term)>>.AlternateLookup<ReadOnlySpan<char>> _namesByFirstWordOfText;

    /// <summary>How many different terms a text can match.</summary>
    public int TermCount { get; }

    public GlossaryMatcher(IEnumerable<GlossaryTerm> terms)
    {
        _namesByFirstWordOfText = _namesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var term in terms)
        {
            foreach (var name in term.Names.Where(name => WordLength(name, 0) > 0))
            {
                var word = name[..WordLength(name, 0)];
                if (!_namesByFirstWord.TryGetValue(word, out var names))
                {
                    names = [];
                    _namesByFirstWord[word] = names;
                }

                names.Add((name, term));
            }
        }

        TermCount = _namesByFirstWord.Values.SelectMany(names => names).Select(name => name.Term).Distinct().Count();
        foreach (var names in _namesByFirstWord.Values)
        {
            names.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
        }
    }

    /// <summary>Every use of a term in <paramref name="text"/>, left to right, none overlapping.</summary>
    public IEnumerable<GlossaryMatch> Matches(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            if (!IsWordStart(text, position))
            {
                position += IsWordCharacter(text[position]) ? WordLength(text, position) : 1;
                continue;
            }

            var wordLength = WordLength(text, position);
            if (LongestNameAt(text, position, wordLength) is { } found)
            {
                yield return found;
                position += found.Length;
            }
            else
            {
                position += wordLength;
            }
        }
    }

    /// <summary>The literal text of a document where a term may be linked, in reading order.</summary>
    public static IEnumerable<LiteralInline> RunningText(MarkdownDocument document) =>
        MarkdownWalk.All<LiteralInline>(document).Where(IsRunningText);

    private static bool IsRunningText(LiteralInline literal)
    {
        for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return false;
            }

            if (parent.Parent is null && parent.ParentBlock is HeadingBlock)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest name starting with the word at <paramref name="position"/> that the text has there, if any.</summary>
    private GlossaryMatch? LongestNameAt(string text, int position, int wordLength)
    {
        if (_namesByFirstWordOfText.TryGetValue(text.AsSpan(position, wordLength), out var names))
        {
            foreach (var (name, term) in names)
            {
                if (IsAt(text, position, name))
                {
                    return new GlossaryMatch(term, position, name.Length);
                }
            }
        }

        return null;
    }

    private static bool IsAt(string text, int position, string name)
    {
        var end = position + name.Length;
        if (end > text.Length || (end < text.Length && IsWordCharacter(text[end])))
        {
            return false;
        }

        var comparison = IsCapitals(name) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return string.Compare(text, position, name, 0, name.Length, comparison) == 0;
    }

    private static bool IsCapitals(string name) => name.Count(char.IsLetter) >= 2 && !name.Any(char.IsLower);

    /// <summary>A word starts after a character that cannot be part of one, nor of a citation key ("@fda2010_lipodissolve").</summary>
    private static bool IsWordStart(string text, int position) =>
        char.IsLetterOrDigit(text[position]) && (position == 0 || !(IsWordCharacter(text[position - 1]) || text[position - 1] == '@'));

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>How many word characters follow from <paramref name="start"/>.</summary>
    private static int WordLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordCharacter(text[end]))
        {
            end++;
        }

        return end - start;
    }
}

/// <summary>A use of a glossary term: where it starts in the text and how long it is.</summary>
public readonly record struct GlossaryMatch(GlossaryTerm Term, int Start, int Length);

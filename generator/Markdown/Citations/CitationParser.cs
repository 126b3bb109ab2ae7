using System.Collections.Concurrent;
using KnowledgeBase.Diagnostics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace KnowledgeBase.Markdown.Citations;

/// <summary>
/// Parses <c>[@key]</c>, <c>[@a; @b]</c> and <c>[@key, locator]</c>. Anything else that starts with '[' is left
/// to the link parser; a bracket that starts with '@' but does not read as a citation stays text, which validation
/// reports (KB024), so a typo never silently becomes a citation to the wrong source.
/// </summary>
public sealed class CitationParser : InlineParser
{
    /// <summary>
    /// One string per distinct key for everything this parser reads (files are parsed on several threads at once):
    /// a large site cites each source many times, 370,000 citations of 5,000 keys at 10,000 articles.
    /// </summary>
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _keys =
        new ConcurrentDictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf(']', start, slice.End - start + 1);
        if (close < 0 || !IsCitationStart(text, start + 1, close))
        {
            return false;
        }

        var origin = MarkdownSource.OriginOf(processor.Context);
        var items = new List<CitationItem>();
        var partStart = start + 1;
        while (partStart <= close)
        {
            var partEnd = text.IndexOf(';', partStart, close - partStart);
            partEnd = partEnd < 0 ? close : partEnd;
            var item = ReadItem(processor, origin, text, partStart, partEnd);
            if (item is null)
            {
                return false;
            }

            items.Add(item);
            partStart = partEnd + 1;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        // An array of exactly the items, not the list: a site of 10,000 articles holds 370,000 of these groups.
        processor.Inline = new CitationGroup(items.ToArray())
        {
            Span = new SourceSpan(position, position + close - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    /// <summary>Whether the text after '[' is optional spaces then '@': the mark of a citation, well formed or not.</summary>
    public static bool IsCitationStart(string text, int from, int end)
    {
        var at = from;
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        return at < end && text[at] == '@';
    }

    /// <summary>One "@key" or "@key, locator" between '[' or ';' and ';' or ']'; null when it is not one.</summary>
    private CitationItem? ReadItem(InlineProcessor processor, SourceLocation origin, string text, int from, int to)
    {
        var at = from;
        while (at < to && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at >= to || text[at] != '@')
        {
            return null;
        }

        var keyStart = at + 1;
        var keyEnd = keyStart;
        while (keyEnd < to && IsKeyCharacter(text[keyEnd]))
        {
            keyEnd++;
        }

        // Punctuation may only sit inside a key, as in Pandoc: "[@park2008.]" cites park2008 followed by nothing valid.
        while (keyEnd > keyStart && !char.IsAsciiLetterOrDigit(text[keyEnd - 1]) && text[keyEnd - 1] != '_')
        {
            keyEnd--;
        }

        if (keyEnd == keyStart)
        {
            return null;
        }

        var rest = text[keyEnd..to].Trim();
        string? locator = null;
        if (rest.Length > 0)
        {
            if (rest[0] != ',' || rest[1..].Trim().Length == 0)
            {
                return null;
            }

            locator = rest[1..].Trim();
        }

        processor.GetSourcePosition(at, out var line, out var column);
        return new CitationItem(Key(text.AsSpan(keyStart, keyEnd - keyStart)), locator, MarkdownSource.Locate(origin, line, column));
    }

    private string Key(ReadOnlySpan<char> written) =>
        _keys.TryGetValue(written, out var key) ? key : _keys.Dictionary.GetOrAdd(written.ToString(), static added => added);

    private static bool IsKeyCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '#' or '$' or '%' or '&' or '+' or '?' or '<' or '>' or '~' or '/';
}

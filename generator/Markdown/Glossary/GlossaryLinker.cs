using KnowledgeBase.Content;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>
/// Links the first use of each glossary term in one article to its definition, by wrapping the words in a
/// <see cref="GlossaryTermInline"/>. The documents are the article's Markdown in reading order (key points,
/// then body), so "first" means first on the page. Linking again changes nothing: terms already linked count
/// as used.
/// </summary>
public static class GlossaryLinker
{
    /// <returns>The terms the article uses, in the order of their first use.</returns>
    public static IReadOnlyList<GlossaryTerm> LinkFirstUses(IEnumerable<MarkdownDocument> documents, GlossaryMatcher matcher, Func<GlossaryTerm, string> definitionUrl)
    {
        var used = new List<GlossaryTerm>();
        GlossaryMatch? FirstUnused(LiteralInline literal) =>
            matcher.Matches(literal.Content.ToString()).Where(match => !used.Contains(match.Term)).Select(match => (GlossaryMatch?)match).FirstOrDefault();

        foreach (var document in documents)
        {
            used.AddRange(document.Descendants<GlossaryTermInline>().Select(linked => linked.Term).Where(term => !used.Contains(term)));
            foreach (var literal in GlossaryMatcher.RunningText(document).ToList())
            {
                var rest = literal;
                while (rest is not null && FirstUnused(rest) is { } match)
                {
                    used.Add(match.Term);
                    rest = Wrap(rest, match, definitionUrl(match.Term));
                }
            }
        }

        return used;
    }

    /// <summary>Splits the literal around the match and wraps the match; returns the text after it, if any.</summary>
    private static LiteralInline? Wrap(LiteralInline literal, GlossaryMatch match, string definitionUrl)
    {
        var content = literal.Content;
        var matchStart = content.Start + match.Start;
        var matchEnd = matchStart + match.Length - 1;
        var term = new GlossaryTermInline(match.Term, definitionUrl)
        {
            Line = literal.Line,
            Column = literal.Column + match.Start,
            Span = new SourceSpan(literal.Span.Start + match.Start, literal.Span.Start + match.Start + match.Length - 1),
        };
        term.AppendChild(new LiteralInline(new StringSlice(content.Text, matchStart, matchEnd)) { Line = term.Line, Column = term.Column, Span = term.Span });
        literal.InsertAfter(term);

        LiteralInline? after = null;
        if (matchEnd < content.End)
        {
            after = new LiteralInline(new StringSlice(content.Text, matchEnd + 1, content.End))
            {
                Line = literal.Line,
                Column = term.Column + match.Length,
                Span = new SourceSpan(term.Span.End + 1, literal.Span.End),
            };
            term.InsertAfter(after);
        }

        if (match.Start == 0)
        {
            literal.Remove();
        }
        else
        {
            literal.Content = new StringSlice(content.Text, content.Start, matchStart - 1);
            literal.Span = new SourceSpan(literal.Span.Start, literal.Span.Start + match.Start - 1);
        }

        return after;
    }
}

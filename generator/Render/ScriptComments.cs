using System.Text;

namespace KnowledgeBase.Render;

/// <summary>
/// Removes comments from a script before it is published: they explain the code to the engineers who edit
/// templates/assets, and every reader would otherwise download them (about a third of search.js once compressed, which
/// every page loads). Strings, template literals and regular expressions are copied as written, so a "//" or "/*"
/// inside one is not taken for a comment; a line that held only a comment goes with it.
/// </summary>
public static class ScriptComments
{
    /// <summary>Words after which a "/" starts a regular expression rather than a division.</summary>
    private static readonly HashSet<string> WordsBeforeAnExpression = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await",
    };

    public static byte[] Strip(byte[] script)
    {
        var text = Encoding.UTF8.GetString(script);
        var published = new StringBuilder(text.Length);
        var position = 0;
        CopyCode(text, ref position, published, insideTemplate: false);
        return Encoding.UTF8.GetBytes(published.ToString());
    }

    /// <summary>
    /// Copies code up to the end of the text, or, inside a template literal's "${", up to its closing brace (copied).
    /// </summary>
    private static void CopyCode(string text, ref int position, StringBuilder published, bool insideTemplate)
    {
        var openBraces = 0;
        var expressionMayStart = true;
        while (position < text.Length)
        {
            var character = text[position];
            var next = position + 1 < text.Length ? text[position + 1] : '\0';
            if (character == '/' && next is '/' or '*')
            {
                SkipComment(text, ref position, published, block: next == '*');
            }
            else if (character is '"' or '\'')
            {
                CopyQuoted(text, ref position, published, character);
                expressionMayStart = false;
            }
            else if (character == '`')
            {
                CopyTemplate(text, ref position, published);
                expressionMayStart = false;
            }
            else if (character == '/' && expressionMayStart)
            {
                CopyRegularExpression(text, ref position, published);
                expressionMayStart = false;
            }
            else if (char.IsLetterOrDigit(character) || character is '_' or '$' || character == '.' && char.IsDigit(next))
            {
                var start = position;
                while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '$' or '.'))
                {
                    position++;
                }

                published.Append(text, start, position - start);
                expressionMayStart = WordsBeforeAnExpression.Contains(text[start..position]);
            }
            else
            {
                if (insideTemplate && character == '}' && openBraces == 0)
                {
                    published.Append(character);
                    position++;
                    return;
                }

                openBraces += character switch { '{' => 1, '}' => -1, _ => 0 };
                published.Append(character);
                position++;
                if (!char.IsWhiteSpace(character))
                {
                    expressionMayStart = character is not (')' or ']');
                }
            }
        }
    }

    /// <summary>Skips a comment; when nothing but blanks came before it on its line, the line goes too.</summary>
    private static void SkipComment(string text, ref int position, StringBuilder published, bool block)
    {
        var lineStart = published.Length;
        while (lineStart > 0 && published[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }

        var aloneOnItsLine = lineStart == 0 || published[lineStart - 1] == '\n';
        var end = block ? text.IndexOf("*/", position + 2, StringComparison.Ordinal) : text.IndexOf('\n', position);
        end = end < 0 ? text.Length : block ? end + 2 : end;
        var heldALineBreak = block && text.AsSpan(position, end - position).Contains('\n');
        position = end;
        if (aloneOnItsLine)
        {
            var afterBlanks = position;
            while (afterBlanks < text.Length && text[afterBlanks] is ' ' or '\t')
            {
                afterBlanks++;
            }

            if (afterBlanks == text.Length || text[afterBlanks] == '\n')
            {
                published.Length = lineStart;
                position = Math.Min(afterBlanks + 1, text.Length);
                return;
            }
        }

        if (!block)
        {
            // The line break after it stays; the blanks before it go.
            published.Length = lineStart;
            return;
        }

        // A block comment over several lines ends a statement as a line break would; any other is a blank.
        published.Append(heldALineBreak ? '\n' : ' ');
    }

    private static void CopyQuoted(string text, ref int position, StringBuilder published, char quote)
    {
        var start = position++;
        while (position < text.Length && text[position] != quote && text[position] != '\n')
        {
            position += text[position] == '\\' ? 2 : 1;
        }

        position = Math.Min(position + 1, text.Length);
        published.Append(text, start, position - start);
    }

    private static void CopyTemplate(string text, ref int position, StringBuilder published)
    {
        published.Append(text[position++]);
        while (position < text.Length)
        {
            var character = text[position];
            if (character == '\\' && position + 1 < text.Length)
            {
                published.Append(text, position, 2);
                position += 2;
            }
            else if (character == '$' && position + 1 < text.Length && text[position + 1] == '{')
            {
                published.Append("${");
                position += 2;
                CopyCode(text, ref position, published, insideTemplate: true);
            }
            else
            {
                published.Append(character);
                position++;
                if (character == '`')
                {
                    return;
                }
            }
        }
    }

    private static void CopyRegularExpression(string text, ref int position, StringBuilder published)
    {
        var start = position++;
        var inClass = false;
        while (position < text.Length && text[position] != '\n' && (inClass || text[position] != '/'))
        {
            inClass = text[position] switch { '[' => true, ']' => false, _ => inClass };
            position += text[position] == '\\' ? 2 : 1;
        }

        position = Math.Min(position + 1, text.Length);
        while (position < text.Length && char.IsLetter(text[position]))
        {
            position++;
        }

        published.Append(text, start, position - start);
    }
}

namespace KnowledgeBase.Markdown.Citations;

/// <summary>Finds the sentence around a citation in Markdown, so a citation page can quote what the article says the source supports.</summary>
public static class CitingSentences
{
    /// <summary>The sentence, citations left out, that <paramref name="citation"/> belongs to.</summary>
    public static string Around(CitationGroup citation)
    {
        var container = citation.Parent;
        while (container?.Parent is not null)
        {
            container = container.Parent;
        }

        var offset = 0;
        var text = InlineText.With(container, (other, at) => offset = ReferenceEquals(other, citation) ? at : offset);
        return SentenceAround(text, offset);
    }

    /// <summary>The sentence of <paramref name="text"/> that contains <paramref name="offset"/>, with spaces tidied.</summary>
    public static string SentenceAround(string text, int offset)
    {
        var start = 0;
        for (var i = Math.Min(offset, text.Length) - 1; i >= 0; i--)
        {
            if (EndsSentence(text, i))
            {
                start = i + 1;
                break;
            }
        }

        var end = text.Length;
        for (var i = Math.Max(offset, start); i < text.Length; i++)
        {
            if (EndsSentence(text, i))
            {
                end = i + 1;
                break;
            }
        }

        return string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// A '.', '!' or '?' followed by a space and a capital letter or digit ends a sentence, unless the '.' closes
    /// an abbreviation such as "U.S." or "e.g." (a word that has a '.' inside, or a single letter).
    /// </summary>
    private static bool EndsSentence(string text, int index)
    {
        var c = text[index];
        if (c is not ('.' or '!' or '?'))
        {
            return false;
        }

        var next = index + 1;
        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next < text.Length && !char.IsUpper(text[next]) && !char.IsDigit(text[next]))
        {
            return false;
        }

        if (c != '.')
        {
            return true;
        }

        var wordStart = index;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..index];
        return word.Length > 1 && !word.Contains('.');
    }
}

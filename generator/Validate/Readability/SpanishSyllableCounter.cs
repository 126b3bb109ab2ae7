namespace KnowledgeBase.Validate.Readability;

/// <summary>
/// Counts the syllables of a Spanish word by its vowel nuclei, as INFLESZ does: two strong vowels side by side (a, e,
/// o, and an accented í or ú, which breaks a diphthong) are two syllables; any other pair of vowels is one; a final
/// 'y' is a vowel ("muy", "hoy"). Every word has at least one syllable.
/// </summary>
public static class SpanishSyllableCounter
{
    private const string Vowels = "aeiouáéíóúü";
    private const string Strong = "aeoáéóíú";

    public static int Count(ReadOnlySpan<char> word)
    {
        var count = 0;
        var previous = '\0';
        for (var index = 0; index < word.Length; index++)
        {
            var letter = char.ToLowerInvariant(word[index]);
            if (letter == 'y' && index == word.Length - 1 && index > 0)
            {
                letter = 'i';
            }

            if (!Vowels.Contains(letter))
            {
                previous = '\0';
                continue;
            }

            if (previous == '\0' || (Strong.Contains(previous) && Strong.Contains(letter)))
            {
                count++;
            }

            previous = letter;
        }

        return Math.Max(count, 1);
    }
}

namespace KnowledgeBase.Validate.Readability;

/// <summary>
/// Estimates the syllables of an English word from its spelling, as readability formulas do: vowel groups,
/// less a silent final 'e' and the '-ed' and '-es' endings that add no syllable ("used", "makes").
/// </summary>
public static class SyllableCounter
{
    private const string Vowels = "aeiouy";

    public static int Count(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var character in word)
        {
            if (char.IsLetter(character))
            {
                buffer[length++] = char.ToLowerInvariant(character);
            }
        }

        ReadOnlySpan<char> letters = buffer[..length];
        if (letters.Length == 0)
        {
            // A number: readers take in "2008" or "20" at a glance, so it counts as one short word.
            return 1;
        }

        if (letters.Length <= 3)
        {
            return 1;
        }

        var stem = WithoutSilentEnding(letters);
        if (stem.StartsWith('y'))
        {
            stem = stem[1..];
        }

        var groups = 0;
        var inVowels = false;
        foreach (var letter in stem)
        {
            var isVowel = Vowels.Contains(letter);
            if (isVowel && !inVowels)
            {
                groups++;
            }

            inVowels = isVowel;
        }

        return Math.Max(1, groups);
    }

    private static ReadOnlySpan<char> WithoutSilentEnding(ReadOnlySpan<char> word)
    {
        var beforeEnding = word.Length >= 3 ? word[^3] : 'a';
        if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            // "used", "called": silent; "treated", "added": a syllable of its own; "need", "freed": part of the vowel.
            return IsConsonant(beforeEnding) && beforeEnding is not ('t' or 'd') ? word[..^2] : word;
        }

        if (word.EndsWith("es", StringComparison.Ordinal))
        {
            // "makes": silent; "doses", "changes", "matches": a syllable of its own.
            return IsConsonant(beforeEnding) && beforeEnding is not ('s' or 'x' or 'z' or 'c' or 'g' or 'h') ? word[..^2] : word;
        }

        if (word.EndsWith('e') && !word.EndsWith("ee", StringComparison.Ordinal))
        {
            // "make": silent; "simple", "table": the consonant before "le" makes a syllable of it.
            return word.EndsWith("le", StringComparison.Ordinal) && IsConsonant(beforeEnding) ? word : word[..^1];
        }

        return word;
    }

    private static bool IsConsonant(char letter) => !Vowels.Contains(letter);
}

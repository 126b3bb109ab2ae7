namespace KnowledgeBase.Validate.Readability;

/// <summary>
/// How hard a text is to read: its Flesch-Kincaid grade (the US school year a reader needs; patient information
/// should be grade 8 or lower) and its average sentence length, with the longest sentence to shorten first.
/// </summary>
public sealed record ReadingLevel(int Words, int Sentences, int Syllables, Sentence? LongestSentence)
{
    public double Grade => Words == 0 ? 0 : (0.39 * WordsPerSentence) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>
    /// Szigriszt-Pazos' perspicuity (INFLESZ), for Spanish: 206.835 - 62.3 × syllables per word - words per sentence;
    /// 65 and above is "bastante fácil" (fairly easy), the level for patient information. Meaningful only when the
    /// syllables were counted the Spanish way (<see cref="SpanishSyllableCounter"/>).
    /// </summary>
    public double Inflesz => Words == 0 ? 0 : 206.835 - (62.3 * Syllables / Words) - WordsPerSentence;

    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;

    public static ReadingLevel Of(IReadOnlyList<Sentence> sentences) => new(
        sentences.Sum(sentence => sentence.Words),
        sentences.Count,
        sentences.Sum(sentence => sentence.Syllables),
        sentences.OrderByDescending(sentence => sentence.Words).ThenBy(sentence => sentence.Line).FirstOrDefault());
}

using KnowledgeBase.Content;

namespace KnowledgeBase.Render.EvidenceBlocks;

/// <summary>
/// What each evidence level means, in the plain words of the page's language (i18n/: <c>evidence_high</c>,
/// <c>evidence_high_meaning</c>, <c>evidence_high_phrase</c>...) that readers see beside every level and on the evidence
/// page. The editorial policy page (content/pages/editorial-policy.md) explains the levels in the same words; a test
/// keeps the two in step.
/// </summary>
public sealed record EvidenceLevelWording(EvidenceLevel Level, string Label, string Meaning, string Phrase, string Explanation)
{
    /// <summary>Strongest first, as the levels are explained to readers.</summary>
    private static readonly IReadOnlyList<EvidenceLevel> Levels = [EvidenceLevel.High, EvidenceLevel.Moderate, EvidenceLevel.Low, EvidenceLevel.VeryLow, EvidenceLevel.None];

    /// <summary>Every level, strongest first, in <paramref name="language"/>.</summary>
    public static IReadOnlyList<EvidenceLevelWording> In(PageLanguage language) => Levels.Select(level => Of(level, language)).ToList();

    /// <summary>
    /// A level in <paramref name="language"/>; its label is the level's name with a capital ("Very low"), and its
    /// explanation, for the note shown when a reader points at or tabs to it, says it all in one breath.
    /// </summary>
    public static EvidenceLevelWording Of(EvidenceLevel level, PageLanguage language)
    {
        var key = "evidence_" + EvidenceLevelNames.NameOf(level).Replace('-', '_');
        var name = language.Text(key);
        var label = language.Culture.TextInfo.ToUpper(name[0]) + name[1..];
        var meaning = language.Text(key + "_meaning");
        var phrase = language.Text(key + "_phrase");
        return new EvidenceLevelWording(level, label, meaning, phrase,
            language.Text("evidence_explanation", ("level", label), ("level_lowercase", name), ("meaning", meaning), ("phrase", phrase)));
    }

    /// <summary>The name used in front matter and in CSS classes, such as "very-low".</summary>
    public string Name => EvidenceLevelNames.NameOf(Level);
}

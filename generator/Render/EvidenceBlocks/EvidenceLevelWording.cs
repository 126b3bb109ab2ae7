using KnowledgeBase.Content;

namespace KnowledgeBase.Render.EvidenceBlocks;

/// <summary>
/// What each evidence level means, in the plain words readers see beside every level and on the evidence page.
/// The editorial policy page (content/pages/editorial-policy.md) explains the levels in the same words; a test
/// keeps the two in step.
/// </summary>
public sealed record EvidenceLevelWording(EvidenceLevel Level, string Label, string Meaning, string Phrase)
{
    /// <summary>Strongest first, as the levels are explained to readers.</summary>
    public static readonly IReadOnlyList<EvidenceLevelWording> All =
    [
        new(EvidenceLevel.High, "High", "Large, well-run trials agree. New studies are unlikely to change the answer.", "Trials show that..."),
        new(EvidenceLevel.Moderate, "Moderate", "Good trials, but with some limits. New studies could change the answer.", "It probably..."),
        new(EvidenceLevel.Low, "Low", "Few or small trials, or trials with flaws. New studies may well change the answer.", "It may..."),
        new(EvidenceLevel.VeryLow, "Very low", "Very small studies, studies with no comparison group, or conflicting results.", "We are very uncertain whether..."),
        new(EvidenceLevel.None, "None", "No studies in people that test the question.", "There is no evidence on..."),
    ];

    public static EvidenceLevelWording Of(EvidenceLevel level) => All.First(wording => wording.Level == level);

    /// <summary>The name used in front matter and in CSS classes, such as "very-low".</summary>
    public string Name => EvidenceLevelNames.NameOf(Level);

    /// <summary>The level explained in one breath, for the note shown when a reader points at or tabs to it.</summary>
    public string Explanation => $"{Label} evidence: {Meaning} We say \u201c{Phrase}\u201d";
}

using KnowledgeBase.Content;

namespace KnowledgeBase.Render.Citations;

/// <summary>
/// Sorts sources into a few kinds of evidence for the bibliography, strongest study designs first, in words a
/// patient understands. The kind is read from the main clause of <c>study_design</c> (before any ';', so a remark
/// such as "indexed in PubMed as Randomized Controlled Trial" does not promote a study); sources without a
/// design are grouped by their type.
/// </summary>
public static class StudyDesignGroups
{
    public const string SystematicReviews = "Systematic reviews";
    public const string RandomisedTrials = "Randomised controlled trials";
    public const string ControlledStudies = "Controlled studies, not randomised";
    public const string UncontrolledStudies = "Studies without a comparison group";
    public const string Outbreaks = "Outbreak investigations";
    public const string Laboratory = "Laboratory studies";
    public const string Consensus = "Expert consensus and recommendations";
    public const string Reviews = "Reviews";
    public const string OfficialDocuments = "Regulators' and societies' documents";
    public const string News = "News reports";
    public const string Statistics = "Statistics";
    public const string Other = "Other sources";

    /// <summary>The groups in the order the bibliography shows them.</summary>
    public static readonly IReadOnlyList<string> Order =
    [
        SystematicReviews, RandomisedTrials, ControlledStudies, UncontrolledStudies, Outbreaks, Laboratory, Consensus, Reviews,
        OfficialDocuments, News, Statistics, Other,
    ];

    /// <summary>Words in the main clause of a design, tried in order; the first that matches decides.</summary>
    private static readonly IReadOnlyList<(string[] Words, string Group)> Rules =
    [
        (["systematic review", "meta-analysis"], SystematicReviews),
        (["randomized", "randomised", "rct"], RandomisedTrials),
        (["uncontrolled", "open clinical", "case series", "observations", "follow-up"], UncontrolledStudies),
        (["controlled"], ControlledStudies),
        (["outbreak"], Outbreaks),
        (["laboratory"], Laboratory),
        (["consensus", "recommendation", "position paper", "expert opinion"], Consensus),
        (["review"], Reviews),
    ];

    public static string Of(ReferenceRecord reference)
    {
        if (reference.Study.Design is { } design)
        {
            var mainClause = design.Split(';')[0].ToLowerInvariant();
            return Rules.FirstOrDefault(rule => rule.Words.Any(mainClause.Contains)).Group ?? Other;
        }

        return reference.Type switch
        {
            ReferenceType.WebPage or ReferenceType.Statement or ReferenceType.PressRelease or ReferenceType.DrugLabel => OfficialDocuments,
            ReferenceType.News => News,
            ReferenceType.Statistics => Statistics,
            _ => Other,
        };
    }
}

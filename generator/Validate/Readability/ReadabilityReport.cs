using KnowledgeBase.Content;

namespace KnowledgeBase.Validate.Readability;

/// <summary>The reading level of every article, in file order, and the grade above which check warns.</summary>
public sealed record ReadabilityReport(decimal MaxGrade, IReadOnlyList<ArticleReadability> Articles)
{
    public static ReadabilityReport Empty { get; } = new(SiteSettings.DefaultMaxReadingGrade, []);

    /// <summary>Compared as shown, to one decimal, so an article shown at exactly the limit is within it.</summary>
    public bool IsAboveLimit(ReadingLevel level) => Math.Round((decimal)level.Grade, 1) > MaxGrade;
}

using KnowledgeBase.Content;

namespace KnowledgeBase.Validate.Readability;

/// <summary>
/// The reading level of every article, in file order, and the grade above which check warns; and of every Spanish
/// translation, with the INFLESZ score below which check warns.
/// </summary>
public sealed record ReadabilityReport(decimal MaxGrade, IReadOnlyList<ArticleReadability> Articles)
{
    public static ReadabilityReport Empty { get; } = new(SiteSettings.DefaultMaxReadingGrade, []);

    /// <summary>The INFLESZ score below which a Spanish translation is reported as hard to read (site.yml's <c>min_inflesz</c>).</summary>
    public decimal MinInflesz { get; init; } = SiteSettings.DefaultMinInflesz;

    /// <summary>The reading level of every Spanish article translation, in file order, measured the Spanish way.</summary>
    public IReadOnlyList<ArticleReadability> SpanishTranslations { get; init; } = [];

    /// <summary>Compared as shown, to one decimal, so a translation shown at exactly the limit is within it.</summary>
    public bool IsBelowInflesz(ReadingLevel level) => Math.Round((decimal)level.Inflesz, 1) < MinInflesz;

    /// <summary>Compared as shown, to one decimal, so an article shown at exactly the limit is within it.</summary>
    public bool IsAboveLimit(ReadingLevel level) => Math.Round((decimal)level.Grade, 1) > MaxGrade;
}

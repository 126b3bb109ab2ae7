namespace KnowledgeBase.Content;

/// <summary>Site-wide settings from site.yml.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    IReadOnlyList<NavigationLink> Navigation)
{
    /// <summary>What every article is about ("Mesotherapy"), for structured data; the site title when not set.</summary>
    public string Subject { get; init; } = Title;

    /// <summary>The Flesch-Kincaid grade above which check warns that an article is hard to read (CONTENT.md: 8).</summary>
    public decimal MaxReadingGrade { get; init; } = DefaultMaxReadingGrade;

    public const decimal DefaultMaxReadingGrade = 8;
}

namespace KnowledgeBase.Content;

/// <summary>Site-wide settings from site.yml.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    IReadOnlyList<NavigationLink> Navigation)
{
    /// <summary>
    /// The languages the site is written in, the reference language (<see cref="Language"/>) first: every other
    /// language's pages are translations of its pages.
    /// </summary>
    public IReadOnlyList<Language> Languages { get; init; } = [new(Language, Language)];

    /// <summary>The languages pages are translated into: every language but the reference one.</summary>
    public IEnumerable<Language> TranslationLanguages => Languages.Skip(1);

    /// <summary>What every article is about ("Mesotherapy"), for structured data; the site title when not set.</summary>
    public string Subject { get; init; } = Title;

    /// <summary>The home page's one plain sentence on what the site is and who writes it; the description when not set.</summary>
    public string Introduction { get; init; } = Description;

    /// <summary>The introduction in each translation language that has it, by language code.</summary>
    public IReadOnlyDictionary<string, string> Introductions { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The address of the repository the site is written in, such as https://github.com/owner/name, for each article's
    /// "Report a mistake" and "Edit this page" links; no such links when not set.
    /// </summary>
    public Uri? Repository { get; init; }

    /// <summary>The questions the home page leads with, each linking to the section that answers it.</summary>
    public IReadOnlyList<HomeQuestion> Questions { get; init; } = [];

    /// <summary>Titles and descriptions of the topic pages, by tag; a tag not listed gets a title made from itself.</summary>
    public IReadOnlyList<TopicSettings> Topics { get; init; } = [];

    /// <summary>The Flesch-Kincaid grade above which check warns that an article is hard to read (CONTENT.md: 8).</summary>
    public decimal MaxReadingGrade { get; init; } = DefaultMaxReadingGrade;

    public const decimal DefaultMaxReadingGrade = 8;

    /// <summary>The INFLESZ score below which check warns that a Spanish translation is hard to read (65: "bastante fácil").</summary>
    public decimal MinInflesz { get; init; } = DefaultMinInflesz;

    public const decimal DefaultMinInflesz = 65;
}

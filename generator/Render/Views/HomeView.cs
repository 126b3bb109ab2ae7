namespace KnowledgeBase.Render.Views;

/// <summary>
/// The home page: what the site is and who writes it, the questions patients ask with the sections that
/// answer them, a search box, the evidence for each use at a glance, the topics and articles, and when the
/// editorial team last checked an article against its sources.
/// </summary>
/// <param name="LastReviewed">The most recent source check of any article (last_reviewed), or null on a site without articles.</param>
public sealed record HomeView(
    string SiteTitle,
    string Introduction,
    string SearchUrl,
    IReadOnlyList<QuestionView> Questions,
    IReadOnlyList<EvidenceRowView> Evidence,
    IReadOnlyList<TopicLinkView> Topics,
    IReadOnlyList<ArticleLinkView> Articles,
    DateView? LastReviewed,
    IReadOnlyList<LinkView> AboutLinks)
{
    /// <summary>The language of <see cref="Introduction"/> when it is not the page's (a language site.yml does not translate it into); null otherwise.</summary>
    public string? IntroductionLang { get; init; }

    /// <summary>How many uses articles grade in all, as the page's language writes it; <see cref="Evidence"/> holds the first of them when there are more than a page shows.</summary>
    public string EvidenceCount { get; init; } = "";

    /// <summary>The evidence page, where every use is listed, when the home page shows only the first; null otherwise.</summary>
    public string? MoreEvidenceUrl { get; init; }

    /// <summary>The navigation to the further pages of <see cref="Articles"/> on a site with more articles than a page holds; null otherwise.</summary>
    public PaginationView? Pagination { get; init; }
}

/// <summary>An article as it appears in a list: title, summary and link.</summary>
public sealed record ArticleLinkView(string Title, string Summary, string Url)
{
    /// <summary>On a page in another language, the language of a title or summary shown as it is (a source's original title); null otherwise.</summary>
    public string? TitleLang { get; init; }

    /// <inheritdoc cref="TitleLang"/>
    public string? SummaryLang { get; init; }

    /// <summary>On a page in another language, the language of the page linked to when it is not the page's own; null otherwise.</summary>
    public string? Hreflang { get; init; }
}

/// <summary>A patient's question and the section that answers it: its link, and where that is ("article: section").</summary>
public sealed record QuestionView(string Question, string Url, string ArticleTitle, string SectionTitle);

/// <summary>
/// One use of the treatment and how strong the evidence for it is, in words and as a rank from 0 (none) to
/// 4 (high) that the stylesheet draws as a meter.
/// </summary>
public sealed record EvidenceRowView(string Use, string Level, string LevelLabel, int LevelRank, string Verdict, ArticleLinkView Article);

/// <summary>A topic in a list of topics: its title, description, link and number of articles, as the page's language writes it.</summary>
public sealed record TopicLinkView(string Title, string Description, string Url, string ArticleCount)
{
    /// <summary>The language of the title and description when they are not in the page's (site.yml does not translate the topic); null otherwise.</summary>
    public string? Lang { get; init; }
}

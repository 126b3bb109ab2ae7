namespace KnowledgeBase.Render.Views;

/// <summary>An article page: the decisions (dates, overdue status, order, related pages) are already made.</summary>
/// <param name="KeyPointsHtml">Each bullet of the "Key points" box as inline HTML.</param>
/// <param name="Contents">"On this page": the evidence blocks, the body's h2 headings with their h3s, then the sections the page adds after the body.</param>
/// <param name="ReadingMinutes">How long the article takes to read, rounded up to whole minutes.</param>
/// <param name="EvidenceBlocksHtml">The structured evidence blocks, shown before the body in this order.</param>
/// <param name="Topics">The article's tags, each linking to its topic page.</param>
/// <param name="Pager">Previous and next article in the article's main topic, or null when it is alone there.</param>
/// <param name="ClinicalReviewers">The clinicians who reviewed the article on <paramref name="LastReviewed"/>; empty when none has.</param>
/// <param name="LastReviewed">When the editorial team last checked the article against its sources.</param>
/// <param name="Changes">"What changed", newest first.</param>
/// <param name="ReferenceLang">On a translation, the reference language's code, set as <c>lang</c> on the English text the page shows (reference titles, the English file's "What changed") and as <c>hreflang</c> on links to pages not translated yet; null on a page in the reference language.</param>
/// <param name="Feedback">Where to report a mistake and edit the article; null when the site names no repository.</param>
public sealed record ArticleView(
    string Title,
    string Summary,
    string BodyHtml,
    IReadOnlyList<PersonLinkView> Authors,
    IReadOnlyList<PersonLinkView> ClinicalReviewers,
    DateView Published,
    DateView Updated,
    DateView LastReviewed,
    DateView NextReview,
    DateView SourcesSearched,
    bool ReviewOverdue,
    int ReadingMinutes,
    PageSectionView KeyPointsSection,
    IReadOnlyList<string> KeyPointsHtml,
    PageSectionView ContentsSection,
    IReadOnlyList<ContentsEntryView> Contents,
    IReadOnlyList<LinkView> Topics,
    TopicPagerView? Pager,
    PageSectionView RelatedSection,
    IReadOnlyList<ArticleLinkView> Related,
    IReadOnlyList<string> EvidenceBlocksHtml,
    string LinkPanelHtml,
    PageSectionView ReferencesSection,
    IReadOnlyList<ReferenceListItemView> References,
    PageSectionView ChangesSection,
    IReadOnlyList<ChangeView> Changes,
    FeedbackLinksView? Feedback,
    string? ReferenceLang);

/// <summary>An author or reviewer as an article names them, linking to their entry on the people page.</summary>
public sealed record PersonLinkView(string Name, string Credentials, string Url)
{
    /// <summary>The language of the people page the link leads to, when it is not the article's; null otherwise.</summary>
    public string? HrefLang { get; init; }
}

/// <summary>One line of "What changed".</summary>
public sealed record ChangeView(DateView Date, string Change);

/// <summary>A prefilled "new issue" address to report a mistake on a page, and the address that edits its source file.</summary>
public sealed record FeedbackLinksView(string ReportMistakeUrl, string EditUrl);

/// <summary>A date with its machine-readable and human-readable forms, for a &lt;time&gt; element.</summary>
public sealed record DateView(string Iso, string Display);

/// <summary>
/// A section the page adds around the article's own text, such as "Key points" or an evidence block: its heading's
/// id and title, which templates lay out with the heading's link by <c>{{ include "section-heading" m.key_points_section }}</c>.
/// </summary>
public sealed record PageSectionView(string Id, string Title);

/// <summary>A line of "On this page": a section's title, its fragment link and its subsections.</summary>
public sealed record ContentsEntryView(string Title, string Url, IReadOnlyList<ContentsEntryView> Children);

/// <summary>The articles before and after one article in its main topic; either may be null at the ends.</summary>
public sealed record TopicPagerView(string TopicTitle, string TopicUrl, ArticleLinkView? Previous, ArticleLinkView? Next);

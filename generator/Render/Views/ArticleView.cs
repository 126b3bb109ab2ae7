namespace KnowledgeBase.Render.Views;

/// <summary>An article page: the decisions (dates, overdue status, order, related pages) are already made.</summary>
/// <param name="KeyPoints">Each bullet of the "Key points" box as inline HTML.</param>
/// <param name="Contents">"On this page": the evidence blocks, the body's h2 headings with their h3s, then the sections the page adds after the body.</param>
/// <param name="ReadingMinutes">How long the article takes to read, rounded up to whole minutes.</param>
/// <param name="EvidenceBlocksHtml">The structured evidence blocks, shown before the body in this order.</param>
/// <param name="Topics">The article's tags, each linking to its topic page.</param>
/// <param name="Pager">Previous and next article in the article's main topic, or null when it is alone there.</param>
public sealed record ArticleView(
    string Title,
    string Summary,
    string BodyHtml,
    string Authors,
    string ReviewedBy,
    DateView LastReviewed,
    DateView NextReview,
    bool ReviewOverdue,
    int ReadingMinutes,
    PageSectionView KeyPointsSection,
    IReadOnlyList<string> KeyPoints,
    PageSectionView ContentsSection,
    IReadOnlyList<ContentsEntryView> Contents,
    IReadOnlyList<LinkView> Topics,
    TopicPagerView? Pager,
    PageSectionView RelatedSection,
    IReadOnlyList<ArticleLinkView> Related,
    IReadOnlyList<string> EvidenceBlocksHtml,
    string LinkPanelHtml,
    PageSectionView ReferencesSection,
    IReadOnlyList<ReferenceListItemView> References);

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

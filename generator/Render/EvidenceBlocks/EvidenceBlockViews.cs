using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.EvidenceBlocks;

/// <summary>The approval-status table: one row per regulator's decision.</summary>
public sealed record RegulatoryTableView(PageSectionView Heading, string Caption, IReadOnlyList<RegulatoryRowView> Rows);

/// <summary>One regulator's decision: who, about what, the status as an icon and words, when, what it means, and its sources.</summary>
/// <param name="Status">The status as written in front matter ("not-approved"), which picks the icon and colour.</param>
/// <param name="Date">When the regulator decided, or null when the sources give no date.</param>
public sealed record RegulatoryRowView(string Regulator, string Region, string Treatment, string Status, string StatusLabel, DateView? Date, string Summary, string CitationsHtml);

/// <summary>An evidence table (uses by level, with verdicts) and its bar chart.</summary>
/// <param name="ListsArticles">True on the site-wide evidence page, where each use links to the article it comes from.</param>
public sealed record EvidenceMatrixView(PageSectionView Heading, string Caption, bool ListsArticles, IReadOnlyList<EvidenceRowView> Rows, EvidenceChartView Chart);

/// <summary>One use: its name, its evidence level, the one-line verdict and its sources.</summary>
/// <param name="Id">The row's id on an article page (which the evidence page links to), or null on the evidence page.</param>
/// <param name="ArticleUrl">On the evidence page, the use's row in its article; otherwise null.</param>
public sealed record EvidenceRowView(string? Id, string Name, string? ArticleUrl, string? ArticleTitle, EvidenceLevelBadgeView Level, string Verdict, string CitationsHtml);

/// <summary>
/// An evidence level as a link to where the levels are explained, with its plain-word explanation in a note that
/// appears when a reader points at or tabs to it (and is read out as the link's description).
/// </summary>
public sealed record EvidenceLevelBadgeView(string Name, string Label, string Explanation, string NoteId, string ExplanationUrl);

/// <summary>Historical prices: each range with its currency, year and source, and the note that prices change.</summary>
public sealed record PriceListView(PageSectionView Heading, IReadOnlyList<PriceView> Prices);

/// <summary>One price: what it is for, the range formatted in the site's language, per what, currency, year, source.</summary>
public sealed record PriceView(string Item, string Amount, string Per, string CurrencyCode, string CurrencyName, int Year, SourceLinkView Source, string CitationsHtml);

/// <summary>A source by its short name ("Park 2008"), linking to its citation page.</summary>
public sealed record SourceLinkView(string Label, string Url);

/// <summary>This treatment and another side by side, aspect by aspect, each row with its sources.</summary>
public sealed record ComparisonTableView(PageSectionView Heading, string Caption, string ThisName, string OtherName, IReadOnlyList<ComparisonRowView> Rows);

/// <summary>One aspect compared.</summary>
public sealed record ComparisonRowView(string Aspect, string ThisTreatment, string OtherTreatment, string CitationsHtml);

/// <summary>Summary cards of the studies an article leans on.</summary>
public sealed record StudyCardsView(PageSectionView Heading, IReadOnlyList<StudyCardView> Cards);

/// <summary>One study: the question it asked, how, with whom, for how long, what it found, and its citation page.</summary>
public sealed record StudyCardView(string Question, string Design, string Participants, string Duration, string Finding, SourceLinkView Source, string CitationsHtml);

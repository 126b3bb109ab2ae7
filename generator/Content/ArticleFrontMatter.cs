using KnowledgeBase.Blocks;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>The typed front matter of an article, as described in CONTENT.md.</summary>
/// <param name="Authors">Ids from content/people.yml of who wrote the article.</param>
/// <param name="ReviewedBy">Ids from content/people.yml of the clinicians who reviewed the article on <paramref name="LastReviewed"/>; empty when no clinician has.</param>
/// <param name="Published">When the article was first published.</param>
/// <param name="Updated">When its content last changed.</param>
/// <param name="LastReviewed">When the editorial team last checked it against its sources (and any clinician in <paramref name="ReviewedBy"/> reviewed it).</param>
/// <param name="NextReview">When the next check is due.</param>
/// <param name="SourcesSearched">The date up to which the sources were searched.</param>
/// <param name="Changes">What changed and when, as written (readers see them newest first).</param>
/// <param name="Blocks">The structured evidence blocks the article has, in the order of <see cref="EvidenceBlockRegistry.All"/>.</param>
public sealed record ArticleFrontMatter(
    string Title,
    string Summary,
    Located<string>? Slug,
    IReadOnlyList<Located<string>> Aliases,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Located<string>> Authors,
    IReadOnlyList<Located<string>> ReviewedBy,
    DateOnly Published,
    DateOnly Updated,
    DateOnly LastReviewed,
    DateOnly NextReview,
    DateOnly SourcesSearched,
    bool Draft,
    IReadOnlyList<ArticleChange> Changes,
    IReadOnlyList<Located<string>> KeyPoints,
    IReadOnlyList<ArticleBlock> Blocks)
{
    /// <summary>Where each of <see cref="Tags"/> is written, in the same order, for diagnostics about a tag.</summary>
    public IReadOnlyList<SourceLocation> TagLocations { get; init; } = [];

    /// <summary>The text readers see in the structured blocks.</summary>
    public IEnumerable<string> BlockTexts => Blocks.SelectMany(block => block.Texts);

    /// <summary>The article's block of one kind, or null when it has none.</summary>
    public T? Block<T>()
        where T : ArticleBlock => Blocks.OfType<T>().FirstOrDefault();

    /// <summary>Where <c>next_review</c> is written, so an overdue review points editors at the date to change.</summary>
    public SourceLocation? NextReviewLocation { get; init; }

    /// <summary>"What changed" as readers see it: newest first, changes of one day in the order written.</summary>
    public IEnumerable<ArticleChange> ChangesNewestFirst => Changes.OrderByDescending(change => change.Date);

    /// <summary>Where <c>updated</c> is written, for a date that is out of order with it.</summary>
    public SourceLocation? UpdatedLocation { get; init; }
}

/// <summary>One line of an article's "What changed" list: the day and what changed, in one plain line.</summary>
public sealed record ArticleChange(DateOnly Date, string Change, SourceLocation Location);

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Citations;

namespace KnowledgeBase.Link.Citations;

/// <summary>
/// Everything the page of one article needs about what it cites: the numbering and every occurrence, each with
/// the anchor id its superscript link gets (<c>cite-&lt;key&gt;-&lt;n&gt;</c>, n counting that key's occurrences in
/// page order). Built by the link stage (<see cref="ArticleCitationCollector"/>); laid out by
/// <c>Markdown.Citations.CitationGroupRenderer</c>.
/// </summary>
public sealed class ArticleCitations
{
    /// <summary>
    /// The parts whose citations the article page renders with their anchor ids, and which back-links and
    /// "Cited in" may therefore point at: everything the page shows.
    /// </summary>
    public static readonly IReadOnlySet<CitingPart> LinkedParts = new HashSet<CitingPart> { CitingPart.KeyPoints, CitingPart.StructuredBlocks, CitingPart.Body };

    // Made when a page first asks: only the pages a build renders do, and every article's citations live to the build's end.
    private readonly Lazy<Dictionary<SourceLocation, CitationOccurrence>> _byLocation;

    public ArticleCitations(IReadOnlyList<CitationOccurrence> occurrences)
    {
        Occurrences = occurrences;
        Numbering = new CitationNumbering(occurrences.Select(occurrence => occurrence.Key));
        _byLocation = new(() =>
        {
            var byLocation = new Dictionary<SourceLocation, CitationOccurrence>(occurrences.Count);
            foreach (var occurrence in occurrences)
            {
                byLocation.TryAdd(occurrence.Location, occurrence);
            }

            return byLocation;
        });
    }

    public CitationNumbering Numbering { get; }

    /// <summary>Every citation in the article, in page order.</summary>
    public IReadOnlyList<CitationOccurrence> Occurrences { get; }

    /// <summary>The occurrences a reader can be sent to: those in <see cref="LinkedParts"/>, in page order.</summary>
    public IEnumerable<CitationOccurrence> Linked => Occurrences.Where(occurrence => LinkedParts.Contains(occurrence.Part));

    /// <summary>The occurrence written at <paramref name="location"/>, or null for a citation this article does not contain.</summary>
    public CitationOccurrence? At(SourceLocation location) => _byLocation.Value.GetValueOrDefault(location);
}

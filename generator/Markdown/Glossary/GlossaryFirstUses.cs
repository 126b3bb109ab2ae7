using KnowledgeBase.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>
/// Where one article first uses each glossary term, found by reading its Markdown, which stays as loaded: the
/// words of its running text that <see cref="HtmlGlossaryFirstUseRenderer"/> links to their definitions. The
/// documents are the article's Markdown in reading order (key points, then body), so "first" means first on the page.
/// Which terms it uses is what every page listing them needs; where they are, only the article's own page, which finds
/// them in the trees it renders (<see cref="In"/>), so that no tree is held for it.
/// </summary>
public sealed class GlossaryFirstUses
{
    /// <summary>For Markdown outside an article, where no term is linked.</summary>
    public static readonly GlossaryFirstUses None = new([], new GlossaryMatcher([]));

    private readonly GlossaryMatcher _matcher;

    private GlossaryFirstUses(IReadOnlyList<GlossaryTerm> terms, GlossaryMatcher matcher)
    {
        Terms = terms;
        _matcher = matcher;
    }

    /// <summary>The terms the article uses, in the order of their first use.</summary>
    public IReadOnlyList<GlossaryTerm> Terms { get; }

    public static GlossaryFirstUses Find(IEnumerable<MarkdownDocument> documents, GlossaryMatcher matcher) => new(Match(documents, matcher).Terms, matcher);

    /// <summary>The first uses of terms already known to be <paramref name="terms"/> (an earlier build found them in the same text with the same glossary).</summary>
    public static GlossaryFirstUses Known(IReadOnlyList<GlossaryTerm> terms, GlossaryMatcher matcher) => new(terms, matcher);

    /// <summary>
    /// The first uses in each piece of running text of <paramref name="documents"/>, the article's Markdown in reading
    /// order as its page renders it, for <see cref="HtmlGlossaryFirstUseRenderer"/>.
    /// </summary>
    public IReadOnlyDictionary<LiteralInline, IReadOnlyList<GlossaryMatch>> In(IEnumerable<MarkdownDocument> documents) =>
        Terms.Count == 0 ? new Dictionary<LiteralInline, IReadOnlyList<GlossaryMatch>>() : Match(documents, _matcher).ByText;

    private static (List<GlossaryTerm> Terms, Dictionary<LiteralInline, IReadOnlyList<GlossaryMatch>> ByText) Match(IEnumerable<MarkdownDocument> documents, GlossaryMatcher matcher)
    {
        var terms = new List<GlossaryTerm>();
        var used = new HashSet<GlossaryTerm>();
        var byText = new Dictionary<LiteralInline, IReadOnlyList<GlossaryMatch>>(ReferenceEqualityComparer.Instance);
        foreach (var literal in documents.SelectMany(GlossaryMatcher.RunningText))
        {
            // Once every term has its first use, no later text can hold one, so the rest of the article is not matched.
            if (used.Count == matcher.TermCount)
            {
                break;
            }

            var firstUses = matcher.Matches(literal.Content.ToString()).Where(match => used.Add(match.Term)).ToList();
            if (firstUses.Count > 0)
            {
                terms.AddRange(firstUses.Select(match => match.Term));
                byText.Add(literal, firstUses);
            }
        }

        return (terms, byText);
    }
}

using KnowledgeBase.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>
/// Where one article first uses each glossary term, found by reading its Markdown, which stays as loaded: the
/// words of its running text that <see cref="HtmlGlossaryFirstUseRenderer"/> links to their definitions. The
/// documents are the article's Markdown in reading order (key points, then body), so "first" means first on the page.
/// Which terms it uses is what every page listing them needs; where they are, only the article's own page.
/// </summary>
public sealed class GlossaryFirstUses
{
    /// <summary>For Markdown outside an article, where no term is linked.</summary>
    public static readonly GlossaryFirstUses None = new([], new Lazy<IReadOnlyDictionary<LiteralInline, IReadOnlyList<GlossaryMatch>>>(new Dictionary<LiteralInline, IReadOnlyList<GlossaryMatch>>()));

    private readonly Lazy<IReadOnlyDictionary<LiteralInline, IReadOnlyList<GlossaryMatch>>> _byText;

    private GlossaryFirstUses(IReadOnlyList<GlossaryTerm> terms, Lazy<IReadOnlyDictionary<LiteralInline, IReadOnlyList<GlossaryMatch>>> byText)
    {
        Terms = terms;
        _byText = byText;
    }

    /// <summary>The terms the article uses, in the order of their first use.</summary>
    public IReadOnlyList<GlossaryTerm> Terms { get; }

    public static GlossaryFirstUses Find(IEnumerable<MarkdownDocument> documents, GlossaryMatcher matcher)
    {
        var (terms, byText) = Match(documents, matcher);
        return new GlossaryFirstUses(terms, new Lazy<IReadOnlyDictionary<LiteralInline, IReadOnlyList<GlossaryMatch>>>(byText));
    }

    /// <summary>
    /// The first uses of terms already known to be <paramref name="terms"/> (an earlier build found them in the same
    /// text with the same glossary): the documents are read for where they are only when the article's page is rendered.
    /// </summary>
    public static GlossaryFirstUses Known(IReadOnlyList<GlossaryTerm> terms, Func<IEnumerable<MarkdownDocument>> documents, GlossaryMatcher matcher) =>
        new(terms, new Lazy<IReadOnlyDictionary<LiteralInline, IReadOnlyList<GlossaryMatch>>>(() => Match(documents(), matcher).ByText, LazyThreadSafetyMode.ExecutionAndPublication));

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

    /// <summary>The first uses in one piece of text, left to right; none if it has none.</summary>
    public IReadOnlyList<GlossaryMatch> In(LiteralInline literal) => _byText.Value.GetValueOrDefault(literal, []);
}

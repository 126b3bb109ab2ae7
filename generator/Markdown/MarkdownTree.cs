using KnowledgeBase.Markdown.Citations;
using Markdig.Syntax;

namespace KnowledgeBase.Markdown;

/// <summary>
/// A parsed Markdown document, or the means to parse it when a page needs it. A document whose facts are stored
/// (<see cref="MarkdownFacts"/>, kept only for a parse that reported nothing) is held only while something reads it,
/// and parsed again when read after the collector freed it: the later stages read the facts, and a page reads its
/// tree while it renders, so a build does not hold every article's tree to its end (docs/performance.md). Parsing the
/// same text again gives the same tree, and reports nothing.
/// </summary>
public sealed class MarkdownTree
{
    private readonly MarkdownDocument? _kept;
    private readonly Func<MarkdownDocument>? _parse;
    private readonly WeakReference<MarkdownDocument?> _lastParsed;
    private string[]? _citingSentences;

    private MarkdownTree(MarkdownDocument? kept, Func<MarkdownDocument>? parse, MarkdownDocument? parsed)
    {
        _kept = kept;
        _parse = parse;
        _lastParsed = new WeakReference<MarkdownDocument?>(parsed);
    }

    /// <summary>A document held for as long as the tree is: its text reported a problem, so it is not parsed again.</summary>
    public static MarkdownTree Of(MarkdownDocument document) => new(document, null, null);

    /// <summary>A document parsed the first time <see cref="Document"/> is read, and again whenever it was freed since.</summary>
    public static MarkdownTree ParsedWhenRead(Func<MarkdownDocument> parse) => new(null, parse, null);

    /// <summary>A document just parsed, held while something reads it, then parsed again by <paramref name="parse"/> when needed.</summary>
    public static MarkdownTree ParsedAgainWhenFreed(MarkdownDocument document, Func<MarkdownDocument> parse) => new(null, parse, document);

    /// <summary>The tree; whichever threads read it at once get the same one.</summary>
    public MarkdownDocument Document
    {
        get
        {
            if (_kept is not null)
            {
                return _kept;
            }

            lock (_lastParsed)
            {
                if (!_lastParsed.TryGetTarget(out var document) || document is null)
                {
                    document = _parse!();
                    _lastParsed.SetTarget(document);
                }

                return document;
            }
        }
    }

    /// <summary>
    /// The sentence around the citation at <paramref name="group"/> (0 the first, in reading order). Citation pages ask
    /// for the sentences of one article at different moments, so they are all read from the tree at the first ask and
    /// kept: holding them costs less than parsing the article again each time its tree was freed in between.
    /// </summary>
    public string CitingSentence(int group)
    {
        lock (_lastParsed)
        {
            _citingSentences ??= [.. MarkdownWalk.All<CitationGroup>(Document).Select(CitingSentences.Around)];
            return _citingSentences[group];
        }
    }
}

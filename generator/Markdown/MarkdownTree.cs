using Markdig.Syntax;

namespace KnowledgeBase.Markdown;

/// <summary>
/// A parsed Markdown document, or the means to parse it when a page first needs it: a file whose facts an earlier
/// build stored (<see cref="MarkdownFacts"/>) is not parsed unless its page is rendered, so a build after a small edit
/// parses only the files it renders. Parsing the same text again gives the same tree, and reports nothing, since facts
/// are stored only for a parse that reported nothing.
/// </summary>
public sealed class MarkdownTree
{
    private readonly Lazy<MarkdownDocument> _document;

    private MarkdownTree(Lazy<MarkdownDocument> document) => _document = document;

    /// <summary>A document already parsed.</summary>
    public static MarkdownTree Of(MarkdownDocument document) => new(new Lazy<MarkdownDocument>(document));

    /// <summary>A document parsed the first time <see cref="Document"/> is read, once, whichever thread reads it.</summary>
    public static MarkdownTree ParsedWhenRead(Func<MarkdownDocument> parse) => new(new Lazy<MarkdownDocument>(parse, LazyThreadSafetyMode.ExecutionAndPublication));

    public MarkdownDocument Document => _document.Value;
}

namespace KnowledgeBase.Markdown.Citations;

/// <summary>
/// The words that cite a source, as a citation page quotes them: the text a structured block's ref supports, or the
/// sentence around a citation in Markdown, which is found only when asked for. Only citation pages show these
/// sentences, so a site does not hold a copy of every one from the link stage to the end of the build, nor parse
/// every article that cites a source whose page is not rendered (docs/performance.md).
/// </summary>
public readonly struct CitingSentence
{
    private readonly string? _text;
    private readonly MarkdownTree? _document;
    private readonly int _group;

    private CitingSentence(string? text, MarkdownTree? document, int group, string? labelKey)
    {
        _text = text;
        _document = document;
        _group = group;
        LabelKey = labelKey;
    }

    public static CitingSentence Written(string text, string? labelKey) => new(text, null, 0, labelKey);

    /// <summary>The sentence around the citation at <paramref name="group"/> (0 the first, in reading order) of <paramref name="document"/>.</summary>
    public static CitingSentence Around(MarkdownTree document, int group) => new(null, document, group, null);

    public string Text => _text ?? _document!.CitingSentence(_group);

    /// <summary>The key in i18n/ of the label a page puts before the text (a session part's), in the page's language; or null.</summary>
    public string? LabelKey { get; }
}

namespace KnowledgeBase.Markdown.Citations;

/// <summary>
/// The words that cite a source, as a citation page quotes them: the text a structured block's ref supports, or the
/// sentence around a citation in Markdown, which is found only when asked for. Only citation pages show these
/// sentences, so a site does not hold a copy of every one from the link stage to the end of the build (docs/performance.md).
/// </summary>
public readonly struct CitingSentence
{
    private readonly string? _text;
    private readonly CitationGroup? _citation;

    private CitingSentence(string? text, CitationGroup? citation, string? labelKey)
    {
        _text = text;
        _citation = citation;
        LabelKey = labelKey;
    }

    public static CitingSentence Written(string text, string? labelKey) => new(text, null, labelKey);

    public static CitingSentence Around(CitationGroup citation) => new(null, citation, null);

    public string Text => _text ?? CitingSentences.Around(_citation!);

    /// <summary>The key in i18n/ of the label a page puts before the text (a session part's), in the page's language; or null.</summary>
    public string? LabelKey { get; }
}

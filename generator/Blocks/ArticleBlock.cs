using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks;

/// <summary>
/// One article's structured evidence block as read from its front matter: its heading, the sources it cites, the
/// rules its content must meet, and the view its template lays out.
/// </summary>
/// <param name="Kind">The kind of block, which says where it is written and how it is laid out.</param>
public abstract record ArticleBlock(IEvidenceBlock Kind)
{
    /// <summary>The text of the block's heading on the article page and in "On this page", in the page's language.</summary>
    public abstract string Heading(RenderContext context, PageLanguage language);

    /// <summary>Every source the block cites, with the text it supports, in the order the block shows them.</summary>
    public abstract IEnumerable<BlockCitation> Citations { get; }

    /// <summary>The text readers see in the block, where glossary terms may be used.</summary>
    public abstract IEnumerable<string> Texts { get; }

    /// <summary>The ids the block gives its parts on the article page, which no heading of the article may take.</summary>
    public virtual IEnumerable<string> AnchorIds => [Kind.SectionId];

    /// <summary>
    /// Reports everything about the meaning of what was read (ranges, dates, names that must differ); the reader
    /// has already reported what it could not read. Unknown sources are checked for every block alike.
    /// </summary>
    public virtual void Validate(BlockRulesContext context, DiagnosticBag diagnostics)
    {
    }

    /// <summary>The view model <see cref="IEvidenceBlock.Template"/> lays out, with its words in the page's language.</summary>
    public abstract object View(PageSectionView heading, CitationGroupRenderer citations, RenderContext context, PageLanguage language);

    /// <summary>Each source of a part of the block with the text it supports; a missing key was reported by the reader and cites nothing.</summary>
    protected static IEnumerable<BlockCitation> Cite(IReadOnlyList<Located<string>> refs, string supportedText, string? labelKey = null) =>
        refs.Where(reference => reference.Value.Length > 0).Select(reference => new BlockCitation(reference, supportedText, labelKey));

    /// <summary>A part's sources as numbered citation links, or nothing for a part the editor left without sources.</summary>
    protected static string Cited(IReadOnlyList<Located<string>> refs, CitationGroupRenderer citations) =>
        refs.Count == 0 ? "" : citations.Html(refs);
}

using KnowledgeBase.Content;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Glossary;

/// <summary>
/// The first use of a glossary term in an article: the words as the article wrote them (its children), the
/// term they stand for, and the address of its definition.
/// </summary>
public sealed class GlossaryTermInline(GlossaryTerm term, string definitionUrl) : ContainerInline
{
    public GlossaryTerm Term { get; } = term;

    /// <summary>The term's entry on the glossary page, under the site's base path.</summary>
    public string DefinitionUrl { get; } = definitionUrl;

    /// <summary>The id of the tooltip that describes the link; one per term on a page, since a term is linked once.</summary>
    public string TooltipId => SiteUrls.GlossaryTooltipIdPrefix + Term.Id;
}

using KnowledgeBase.Blocks;
using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.EvidenceBlocks;

/// <summary>
/// Renders an article's structured evidence blocks, each from its own template, in the order the page shows
/// them (<see cref="EvidenceBlockRegistry.All"/>). Their sources are numbered citations, like the body's.
/// </summary>
public static class ArticleEvidenceBlocks
{
    public static IReadOnlyList<string> Html(Article article, RenderContext context, PageLanguage language)
    {
        var citations = context.CitationsOf(article, language);
        return article.Meta.Blocks
            .Select(block => context.Templates.Render(block.Kind.Template, block.View(Heading(block, context, language), citations, context, language), language.Strings))
            .ToList();
    }

    /// <summary>Each block's section (its heading id and text), in the order of <see cref="Html"/>, for "On this page".</summary>
    public static IReadOnlyList<PageSectionView> Sections(Article article, RenderContext context, PageLanguage language) =>
        article.Meta.Blocks.Select(block => Heading(block, context, language)).ToList();

    private static PageSectionView Heading(ArticleBlock block, RenderContext context, PageLanguage language) =>
        new(block.Kind.SectionId, block.Heading(context, language));
}

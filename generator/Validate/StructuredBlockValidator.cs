using KnowledgeBase.Blocks;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks what the front matter reader cannot know on its own about an article's structured evidence blocks: that
/// every source they cite exists, and each block's own rules about what its content means.
/// </summary>
public static class StructuredBlockValidator
{
    public static void Validate(Article article, IReadOnlySet<string> referenceKeys, DateOnly today, DiagnosticBag diagnostics)
    {
        var context = new BlockRulesContext(referenceKeys, today);
        foreach (var block in article.Meta.Blocks)
        {
            CheckReferences(block, referenceKeys, diagnostics);
            block.Validate(context, diagnostics);
        }
    }

    private static void CheckReferences(ArticleBlock block, IReadOnlySet<string> referenceKeys, DiagnosticBag diagnostics)
    {
        foreach (var key in block.Citations.Select(citation => citation.Ref).Where(key => !referenceKeys.Contains(key.Value)))
        {
            diagnostics.Error(DiagnosticCode.UnknownBlockReference, key.Location,
                $"no reference '{key.Value}' in content/references{Suggestions.DidYouMean(key.Value, referenceKeys)}");
        }
    }
}

using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>
/// Where the structured evidence blocks appear on an article page and which sources each cites. The page shows
/// them between the key points and the body, in <see cref="DisplayOrder"/>; citations are numbered in that
/// same order, so the numbers read upwards from the top of the page.
/// </summary>
public static class StructuredBlocks
{
    /// <summary>The regulators' decisions first, because they change how a reader weighs everything below them.</summary>
    public static readonly IReadOnlyList<StructuredBlock> DisplayOrder =
        [StructuredBlock.Regulatory, StructuredBlock.Uses, StructuredBlock.Costs, StructuredBlock.Comparison, StructuredBlock.Studies];

    /// <summary>
    /// The id of each block's section on the article page. Clinics link to these like to any heading, so they
    /// never change, and no heading in the article may take one.
    /// </summary>
    public static string SectionId(StructuredBlock block) => block switch
    {
        StructuredBlock.Regulatory => "approval-status",
        StructuredBlock.Uses => "evidence-by-use",
        StructuredBlock.Costs => "prices",
        StructuredBlock.Comparison => "side-by-side",
        StructuredBlock.Studies => "key-studies",
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, null),
    };

    /// <summary>The id of one use's row in the evidence matrix, which the site-wide evidence page links to.</summary>
    public static string UseRowId(EvidenceUse use) => "use-" + Slugs.Slugify(use.Name);

    /// <summary>The blocks this article has, in display order.</summary>
    public static IReadOnlyList<StructuredBlock> Present(ArticleFrontMatter meta) =>
        DisplayOrder.Where(block => block switch
        {
            StructuredBlock.Regulatory => meta.Regulatory.Count > 0,
            StructuredBlock.Uses => meta.Uses.Count > 0,
            StructuredBlock.Costs => meta.Costs.Count > 0,
            StructuredBlock.Comparison => meta.Comparison is { Rows.Count: > 0 },
            StructuredBlock.Studies => meta.Studies.Count > 0,
            _ => false,
        }).ToList();

    /// <summary>Every source a block cites, with the text it supports, in the order the page shows them.</summary>
    public static IEnumerable<BlockCitation> Citations(ArticleFrontMatter meta, StructuredBlock block) => block switch
    {
        StructuredBlock.Regulatory => meta.Regulatory.SelectMany(decision => Cite(decision.Refs, $"{decision.RegulatorWithRegion}: {decision.Summary}")),
        StructuredBlock.Uses => meta.Uses.SelectMany(use => Cite(use.Refs, $"{use.Name}: {use.Verdict}")),
        StructuredBlock.Costs => meta.Costs.SelectMany(cost => Cite([cost.Ref], cost.Item)),
        StructuredBlock.Comparison => meta.Comparison?.Rows.SelectMany(row => Cite(row.Refs, $"{row.Aspect}: {row.This}")) ?? [],
        StructuredBlock.Studies => meta.Studies.SelectMany(study => Cite([study.Ref], study.Finding)),
        _ => [],
    };

    /// <summary>Every source the article's blocks cite, in the order the page shows them.</summary>
    public static IEnumerable<BlockCitation> Citations(ArticleFrontMatter meta) =>
        Present(meta).SelectMany(block => Citations(meta, block));

    /// <summary>A missing key was reported by the reader; it cites nothing.</summary>
    private static IEnumerable<BlockCitation> Cite(IReadOnlyList<Located<string>> refs, string supportedText) =>
        refs.Where(reference => reference.Value.Length > 0).Select(reference => new BlockCitation(reference, supportedText));
}

/// <summary>A source a structured block cites, with the row or card text it supports (shown where the source is "cited in").</summary>
public sealed record BlockCitation(Located<string> Ref, string SupportedText);

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.Prices;

/// <summary>The prices (<c>costs:</c>): historical figures, each with its currency, year and source.</summary>
public sealed class PricesBlock : IEvidenceBlock
{
    public string Key => "costs";

    public string SectionId => "prices";

    public string Template => "price-list";

    public ArticleBlock? Read(YamlFields frontMatter) =>
        frontMatter.ObjectList(Key, PricesReader.ReadCost, DiagnosticCode.UnknownBlockField) is { Count: > 0 } costs
            ? new PriceList(this, costs)
            : null;
}

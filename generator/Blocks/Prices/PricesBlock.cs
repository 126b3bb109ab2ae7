namespace KnowledgeBase.Blocks.Prices;

/// <summary>The prices (<c>costs:</c>): historical figures, each with its currency, year and source.</summary>
public sealed class PricesBlock() : ItemListBlock<CostItem>("costs", "prices", "price-list", WrittenExample, PricesReader.ReadCost, (kind, costs) => new PriceList(kind, costs))
{
    private const string WrittenExample = """
        costs:                        # historical prices, each with its source
          - item: Mesotherapy session
            currency: USD
            min: 200
            max: 600
            per: session
            year: 2010
            ref: sivagnanam2010
        """;
}

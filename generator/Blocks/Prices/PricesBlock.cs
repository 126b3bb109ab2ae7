namespace KnowledgeBase.Blocks.Prices;

/// <summary>The prices (<c>costs:</c>): historical figures, each with its currency, year and source.</summary>
public sealed class PricesBlock() : ItemListBlock<CostItem>("costs", "prices", "price-list", PricesReader.ReadCost, (kind, costs) => new PriceList(kind, costs));

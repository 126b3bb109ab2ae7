using KnowledgeBase.Render;

namespace KnowledgeBase.Blocks.Prices;

/// <summary>Writes a price range the way the page's language writes numbers and ranges: "USD 3,200" or "USD 200 to 600" ("USD 3200", "USD 200 a 600" in Spanish).</summary>
public static class PriceText
{
    public static string Range(CostItem cost, PageLanguage language) =>
        cost.Min == cost.Max
            ? $"{cost.Currency} {Amount(cost.Min, language)}"
            : $"{cost.Currency} {language.Text("price_range", ("min", Amount(cost.Min, language)), ("max", Amount(cost.Max, language)))}";

    /// <summary>Whole amounts without decimals; others with two, as prices are written.</summary>
    public static string Amount(decimal value, PageLanguage language) =>
        language.Number(value, value == decimal.Truncate(value) ? 0 : 2);
}

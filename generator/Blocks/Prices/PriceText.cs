using System.Globalization;
using KnowledgeBase.Render;

namespace KnowledgeBase.Blocks.Prices;

/// <summary>Writes a price range the way the page's language writes numbers and ranges: "USD 3,200" or "USD 200 to 600".</summary>
public static class PriceText
{
    public static string Range(CostItem cost, PageLanguage language) =>
        cost.Min == cost.Max
            ? $"{cost.Currency} {Amount(cost.Min, language.Culture)}"
            : $"{cost.Currency} {language.Text("price_range", ("min", Amount(cost.Min, language.Culture)), ("max", Amount(cost.Max, language.Culture)))}";

    /// <summary>Whole amounts without decimals; others with two, as prices are written.</summary>
    public static string Amount(decimal value, CultureInfo culture) =>
        value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", culture);
}

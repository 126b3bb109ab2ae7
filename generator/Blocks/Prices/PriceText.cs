using System.Globalization;

namespace KnowledgeBase.Blocks.Prices;

/// <summary>Writes a price range the way the site's language writes numbers: "USD 3,200" or "USD 200 to 600".</summary>
public static class PriceText
{
    public static string Range(CostItem cost, CultureInfo culture) =>
        cost.Min == cost.Max
            ? $"{cost.Currency} {Amount(cost.Min, culture)}"
            : $"{cost.Currency} {Amount(cost.Min, culture)} to {Amount(cost.Max, culture)}";

    /// <summary>Whole amounts without decimals; others with two, as prices are written.</summary>
    public static string Amount(decimal value, CultureInfo culture) =>
        value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", culture);
}

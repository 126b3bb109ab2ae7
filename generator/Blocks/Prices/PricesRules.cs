using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.Prices;

/// <summary>What a price must mean: a range that is not below zero or the wrong way round, reported in a real year.</summary>
public static class PricesRules
{
    /// <summary>Price figures older than this are not from the modern practice of mesotherapy (Pistor, 1950s).</summary>
    private const int EarliestPriceYear = 1950;

    public static void Check(PriceList prices, BlockRulesContext context, DiagnosticBag diagnostics)
    {
        CheckRanges(prices, diagnostics);
        CheckYears(prices, context, diagnostics);
    }

    /// <summary>Only numbers the reader could read are checked; a missing or mistyped one was reported there.</summary>
    private static void CheckRanges(PriceList prices, DiagnosticBag diagnostics)
    {
        foreach (var cost in prices.Items)
        {
            if (cost.MinLocation is { } minLocation && cost.Min < 0)
            {
                diagnostics.Error(DiagnosticCode.PriceRangeReversed, minLocation, $"'min' is {cost.Min}; a price cannot be below zero");
            }

            if (cost is { MinLocation: not null, MaxLocation: { } maxLocation } && cost.Min > cost.Max)
            {
                diagnostics.Error(DiagnosticCode.PriceRangeReversed, maxLocation,
                    $"'max' ({cost.Max}) is less than 'min' ({cost.Min}); swap them, or give the same number twice for a single price");
            }
        }
    }

    private static void CheckYears(PriceList prices, BlockRulesContext context, DiagnosticBag diagnostics)
    {
        foreach (var year in prices.Items.Select(cost => cost.Year).Where(year => year.Value != 0))
        {
            if (year.Value > context.Today.Year)
            {
                diagnostics.Error(DiagnosticCode.PriceYearOutOfRange, year.Location,
                    $"'year' is {year.Value}, which is in the future; give the year the price was reported");
            }
            else if (year.Value < EarliestPriceYear)
            {
                diagnostics.Error(DiagnosticCode.PriceYearOutOfRange, year.Location,
                    $"'year' is {year.Value}; give the year the price was reported as four digits, such as 2010");
            }
        }
    }
}

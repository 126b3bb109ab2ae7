using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.Prices;

/// <summary>What a price must mean: a figure reported in a real year.</summary>
public static class PricesRules
{
    /// <summary>Price figures older than this are not from the modern practice of mesotherapy (Pistor, 1950s).</summary>
    private const int EarliestPriceYear = 1950;

    public static void Check(PriceList prices, BlockRulesContext context, DiagnosticBag diagnostics)
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

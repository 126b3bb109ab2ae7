using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.Prices;

/// <summary>A historical price range with its ISO 4217 currency code, the year of the figure and its source.</summary>
public sealed record CostItem(string Item, string Currency, decimal Min, decimal Max, string Per, Located<int> Year, Located<string> Ref)
{
    /// <summary>Where <see cref="Min"/> is written, or null when it is missing or not a number (which the reader reported).</summary>
    public SourceLocation? MinLocation { get; init; }

    /// <summary>Where <see cref="Max"/> is written, or null when it is missing or not a number (which the reader reported).</summary>
    public SourceLocation? MaxLocation { get; init; }
}

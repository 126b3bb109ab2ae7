using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.ApprovalStatus;

/// <summary>One regulator's decision on the treatment or a product used for it: a row of the approval-status table.</summary>
/// <param name="Region">The country or region the regulator covers, such as "United States" or "European Union".</param>
/// <param name="Treatment">What the decision is about, such as "Kybella (deoxycholic acid)" or "Injection lipolysis".</param>
/// <param name="Date">When the regulator decided, as precisely as the source says; null when the source gives no date.</param>
/// <param name="Summary">One plain sentence saying what was decided and for which product.</param>
public sealed record RegulatoryDecision(string Region, string Regulator, string Treatment, RegulatoryStatusKind Status, Located<PartialDate>? Date, string Summary, IReadOnlyList<Located<string>> Refs)
{
    /// <summary>The regulator with its country, unless its name already says it: "FDA (United States)", but "Health Canada".</summary>
    public string RegulatorWithRegion =>
        Regulator.Contains(Region, StringComparison.OrdinalIgnoreCase) ? Regulator : $"{Regulator} ({Region})";

    /// <summary>Where <c>refs</c> is written, or null when it is missing (which the reader reported).</summary>
    public SourceLocation? RefsLocation { get; init; }
}

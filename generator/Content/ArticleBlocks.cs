using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>One use of the treatment and how strong the evidence for it is (a row of the evidence matrix).</summary>
/// <param name="NameLocation">Where the name is written, for the diagnostics about two uses with one name.</param>
public sealed record EvidenceUse(string Name, SourceLocation NameLocation, EvidenceLevel Evidence, string Verdict, IReadOnlyList<Located<string>> Refs);

/// <summary>A historical price range with its ISO 4217 currency code, the year of the figure and its source.</summary>
public sealed record CostItem(string Item, string Currency, decimal Min, decimal Max, string Per, Located<int> Year, Located<string> Ref);

/// <summary>A side-by-side comparison with another treatment, such as liposuction.</summary>
public sealed record TreatmentComparison(string With, IReadOnlyList<ComparisonRow> Rows);

/// <summary>One aspect compared: this treatment versus the other, with its sources.</summary>
public sealed record ComparisonRow(string Aspect, string This, string Other, IReadOnlyList<Located<string>> Refs);

/// <summary>A study summary card.</summary>
public sealed record StudySummary(Located<string> Ref, string Question, string Design, string Participants, string Duration, string Finding);

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
}

using KnowledgeBase.Diagnostics;
using KnowledgeBase.Validate.Readability;

namespace KnowledgeBase.Cli.Reports;

/// <summary>
/// Everything `check` found, in the order it is printed: diagnostics sorted by file and position, then the
/// reading level of each article against the site's limit.
/// </summary>
public sealed record CheckReport(IReadOnlyList<Diagnostic> Diagnostics, ReadabilityReport Readability)
{
    /// <summary>False when errors stopped the check before the rendered site's links and URLs could be checked.</summary>
    public bool LinksChecked { get; init; } = true;

    /// <summary>The lines of <see cref="TranslationTable"/>: revision stamps, and with --translations each file's state per language.</summary>
    public IReadOnlyList<string> Translations { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>
    /// The report with every warning made an error, for `check --strict`: what must be fixed before publishing.
    /// It applies to every diagnostic alike, whichever stage reported it, except codes that stay warnings
    /// (<see cref="DiagnosticCode.StaysWarning"/>).
    /// </summary>
    public CheckReport Strict() => this with { Diagnostics = Diagnostics.Select(d => d.Code.StaysWarning ? d : d with { Severity = Severity.Error }).ToList() };
}


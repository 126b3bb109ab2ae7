using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks what the front matter reader cannot know on its own about an article's structured evidence blocks:
/// that every source they cite exists, that each use has a row of its own, that price years are real, and that
/// no regulator's decision is dated in the future.
/// </summary>
public static class StructuredBlockValidator
{
    /// <summary>Price figures older than this are not from the modern practice of mesotherapy (Pistor, 1950s).</summary>
    private const int EarliestPriceYear = 1950;

    public static void Validate(Article article, IReadOnlySet<string> referenceKeys, DateOnly today, DiagnosticBag diagnostics)
    {
        CheckReferences(article.Meta, referenceKeys, diagnostics);
        CheckUseNames(article.Meta, diagnostics);
        CheckPriceYears(article.Meta, today, diagnostics);
        CheckDecisionDates(article.Meta, today, diagnostics);
    }

    private static void CheckReferences(ArticleFrontMatter meta, IReadOnlySet<string> referenceKeys, DiagnosticBag diagnostics)
    {
        foreach (var key in StructuredBlocks.Citations(meta).Select(citation => citation.Ref).Where(key => !referenceKeys.Contains(key.Value)))
        {
            diagnostics.Error(DiagnosticCode.UnknownBlockReference, key.Location,
                $"no reference '{key.Value}' in content/references{Suggestions.DidYouMean(key.Value, referenceKeys)}");
        }
    }

    /// <summary>Each use's row has an id made from its name, which the site-wide evidence page links to.</summary>
    private static void CheckUseNames(ArticleFrontMatter meta, DiagnosticBag diagnostics)
    {
        var firstUse = new Dictionary<string, EvidenceUse>(StringComparer.Ordinal);
        foreach (var use in meta.Uses.Where(use => use.Name.Length > 0))
        {
            var id = StructuredBlocks.UseRowId(use);
            if (firstUse.TryGetValue(id, out var first))
            {
                diagnostics.Error(DiagnosticCode.DuplicateUseName, use.NameLocation,
                    $"the use '{use.Name}' has the same name as the use on line {first.NameLocation.Line} ('{first.Name}'); merge them or name each one differently");
            }
            else
            {
                firstUse.Add(id, use);
            }
        }
    }

    private static void CheckPriceYears(ArticleFrontMatter meta, DateOnly today, DiagnosticBag diagnostics)
    {
        foreach (var year in meta.Costs.Select(cost => cost.Year).Where(year => year.Value != 0))
        {
            if (year.Value > today.Year)
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

    /// <summary>A date in the future is a typo or a planned decision; the table reports decisions already taken.</summary>
    private static void CheckDecisionDates(ArticleFrontMatter meta, DateOnly today, DiagnosticBag diagnostics)
    {
        foreach (var date in meta.Regulatory.Select(decision => decision.Date).OfType<Located<PartialDate>>().Where(date => date.Value.Earliest > today))
        {
            diagnostics.Error(DiagnosticCode.DecisionDateInFuture, date.Location,
                $"'date' is {date.Value.Iso}, which is in the future; give the date the regulator decided, as the source gives it");
        }
    }
}

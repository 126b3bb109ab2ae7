using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.EvidenceByUse;

/// <summary>What the evidence table must mean: each use once.</summary>
public static class EvidenceByUseRules
{
    /// <summary>Each use's row has an id made from its name, which the site-wide evidence page links to.</summary>
    public static void Check(EvidenceByUseTable table, DiagnosticBag diagnostics)
    {
        var firstUse = new Dictionary<string, EvidenceUse>(StringComparer.Ordinal);
        foreach (var use in table.Uses.Where(use => use.Name.Length > 0))
        {
            if (firstUse.TryGetValue(use.RowId, out var first))
            {
                diagnostics.Error(DiagnosticCode.DuplicateUseName, use.NameLocation,
                    $"the use '{use.Name}' has the same name as the use on line {first.NameLocation.Line} ('{first.Name}'); merge them or name each one differently");
            }
            else
            {
                firstUse.Add(use.RowId, use);
            }
        }
    }
}

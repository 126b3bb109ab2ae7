using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.ApprovalStatus;

/// <summary>What the approval status must mean: decisions already taken, each with a source that reports it.</summary>
public static class ApprovalStatusRules
{
    /// <summary>What to write in <c>refs</c>, for the reader's message when it is missing and this one's when it is empty.</summary>
    public const string WhatToCite = "list the regulator's decision or the report of it, such as 'refs: [fda2015_kybella_press]'";

    public static void Check(ApprovalStatusTable table, BlockRulesContext context, DiagnosticBag diagnostics)
    {
        CheckSources(table, diagnostics);
        CheckDates(table, context, diagnostics);
    }

    /// <summary>A regulator's decision is a fact a reader may act on, so it always names the source that reports it.</summary>
    private static void CheckSources(ApprovalStatusTable table, DiagnosticBag diagnostics)
    {
        foreach (var decision in table.Decisions)
        {
            if (decision is { Refs.Count: 0, RefsLocation: { } refsLocation })
            {
                diagnostics.Error(DiagnosticCode.MissingField, refsLocation, $"required field 'refs' is empty; {WhatToCite}");
            }
        }
    }

    /// <summary>A date in the future is a typo or a planned decision; the table reports decisions already taken.</summary>
    private static void CheckDates(ApprovalStatusTable table, BlockRulesContext context, DiagnosticBag diagnostics)
    {
        foreach (var date in table.Decisions.Select(decision => decision.Date).OfType<Located<PartialDate>>().Where(date => date.Value.Earliest > context.Today))
        {
            diagnostics.Error(DiagnosticCode.DecisionDateInFuture, date.Location,
                $"'date' is {date.Value.Iso}, which is in the future; give the date the regulator decided, as the source gives it");
        }
    }
}

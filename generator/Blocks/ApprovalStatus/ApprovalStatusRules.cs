using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.ApprovalStatus;

/// <summary>What the approval status must mean: decisions already taken.</summary>
public static class ApprovalStatusRules
{
    /// <summary>A date in the future is a typo or a planned decision; the table reports decisions already taken.</summary>
    public static void Check(ApprovalStatusTable table, BlockRulesContext context, DiagnosticBag diagnostics)
    {
        foreach (var date in table.Decisions.Select(decision => decision.Date).OfType<Located<PartialDate>>().Where(date => date.Value.Earliest > context.Today))
        {
            diagnostics.Error(DiagnosticCode.DecisionDateInFuture, date.Location,
                $"'date' is {date.Value.Iso}, which is in the future; give the date the regulator decided, as the source gives it");
        }
    }
}
